package fr.cession.ui.board;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A card as the board draws it: an order (default mode) or an open activity (per-activity mode),
 * with every text already in the interface language and its timing and warning computed once
 * per refresh, so that drawing a cell while scrolling only copies strings.
 *
 * @param activity   the next activity's title (order mode) or the order's status (activity mode)
 * @param others     "+2 autres activités", or empty
 * @param timing     late / today / upcoming; null when nothing is open
 * @param warning    the first rule blocking the next step, or empty
 * @param stage      how long the order has been in its stage, and whether it is stuck there
 */
public record BoardCard(
        UUID orderId,
        String orderNumber,
        OrderStatus status,
        String customer,
        String vehicle,
        String activity,
        String others,
        ActivityTiming timing,
        Instant dueAt,
        String due,
        String dueInFull,
        String payment,
        HandoverMode handoverMode,
        String handover,
        int itemsDone,
        int itemsTotal,
        String progress,
        String warning,
        BigDecimal price,
        StageTime stage) {

    public boolean hasWarning() {
        return !warning.isEmpty();
    }

    /** Whether the card has an open activity (its checklist and due date are shown). */
    public boolean hasActivity() {
        return timing != null;
    }
}
