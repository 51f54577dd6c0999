package fr.cession.domain.board;

import fr.cession.domain.risk.FraudAssessment;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/** A board's queries with the red flags of its orders, computed by {@code redFlags} when asked. */
public final class RedFlaggedBoard implements BoardQueries {

    private final BoardQueries board;
    private final Supplier<Map<UUID, FraudAssessment>> redFlags;

    public RedFlaggedBoard(BoardQueries board, Supplier<Map<UUID, FraudAssessment>> redFlags) {
        this.board = Objects.requireNonNull(board, "board");
        this.redFlags = Objects.requireNonNull(redFlags, "redFlags");
    }

    @Override
    public BoardSnapshot snapshot() {
        return board.snapshot();
    }

    @Override
    public BoardSnapshot snapshotFor(String login) {
        return board.snapshotFor(login);
    }

    @Override
    public boolean isEmpty() {
        return board.isEmpty();
    }

    @Override
    public Map<UUID, FraudAssessment> redFlags() {
        return redFlags.get();
    }
}
