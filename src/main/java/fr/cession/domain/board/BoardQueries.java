package fr.cession.domain.board;

import fr.cession.domain.risk.FraudAssessment;

import java.util.Map;
import java.util.UUID;

/**
 * The read side of the board: every order with its next open activity, and the open activities
 * of live orders, with their order and checklist progress.
 */
public interface BoardQueries {

    /**
     * Reads one card per order of every status (closed and cancelled ones too, for the board's
     * columns and search), every open activity of orders that are neither closed nor cancelled,
     * and the idle orders.
     */
    BoardSnapshot snapshot();

    /**
     * Only what is on {@code login}'s own list ("Ma journée"): activities assigned to them, or
     * unassigned commercial ones of their orders, and their idle orders. Small and indexed, so the
     * first screen shows before the whole board is read.
     */
    BoardSnapshot snapshotFor(String login);

    /** Whether the local store holds no order at all (the desktop then offers demo data). */
    boolean isEmpty();

    /**
     * When each live order entered its current stage (its last change of status, else its
     * creation), for the time a card shows in its column. An order missing from the map shows none.
     */
    default java.util.Map<java.util.UUID, java.time.Instant> stageEnteredAt() {
        return java.util.Map.of();
    }

    /**
     * The orders not handed over yet whose red flags (003:9) reach the review threshold, with
     * their flags: the board's red-flag badge. None where no store computes them.
     */
    default Map<UUID, FraudAssessment> redFlags() {
        return Map.of();
    }
}
