package fr.cession.domain.board;

import java.util.List;

/**
 * Everything the board and "Ma journée" show, read at once: every order with its next activity
 * (the board's default mode and its search), the open activities of live orders (the
 * per-activity mode, "Ma journée") and the live orders with nothing open.
 */
public record BoardSnapshot(List<OrderCard> orders, List<ActivityCard> cards, List<IdleOrder> idleOrders) {

    public static final BoardSnapshot EMPTY = new BoardSnapshot(List.of(), List.of(), List.of());

    public BoardSnapshot {
        orders = List.copyOf(orders);
        cards = List.copyOf(cards);
        idleOrders = List.copyOf(idleOrders);
    }

    /** Activities and idle orders only: "Ma journée" reads no order cards. */
    public BoardSnapshot(List<ActivityCard> cards, List<IdleOrder> idleOrders) {
        this(List.of(), cards, idleOrders);
    }
}
