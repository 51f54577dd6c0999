package fr.cession.domain.dashboard;

import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;

/**
 * The orders behind one figure of the dashboard, for the click-through.
 *
 * @param status           for {@link Kind#STAGE}
 * @param cancellationCase for {@link Kind#CANCELLED}
 */
public record DashboardSlice(Kind kind, OrderStatus status, CancellationCase cancellationCase) {

    public enum Kind {
        /** Orders of the period at one stage. */
        STAGE,
        /** Orders with an open activity past its due time. */
        OVERDUE,
        /** Orders of the period with customer funds announced but not received. */
        FUNDS_PENDING,
        /** Hand-overs and deliveries of the current week. */
        HANDOVERS_WEEK,
        /** Orders with a request waiting for the manager. */
        APPROVALS_WAITING,
        /** Orders of the period cancelled in one case of the to-do list. */
        CANCELLED,
        /** Orders of the period sold (the median's orders). */
        SOLD
    }

    public static DashboardSlice of(Kind kind) {
        return new DashboardSlice(kind, null, null);
    }

    public static DashboardSlice stage(OrderStatus status) {
        return new DashboardSlice(Kind.STAGE, status, null);
    }

    public static DashboardSlice cancelled(CancellationCase c) {
        return new DashboardSlice(Kind.CANCELLED, null, c);
    }
}
