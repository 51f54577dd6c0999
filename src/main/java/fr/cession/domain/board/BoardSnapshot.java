package fr.cession.domain.board;

import java.util.List;

/** Everything the board and "Ma journée" show, read at once. */
public record BoardSnapshot(List<ActivityCard> cards, List<IdleOrder> idleOrders) {

    public static final BoardSnapshot EMPTY = new BoardSnapshot(List.of(), List.of());

    public BoardSnapshot {
        cards = List.copyOf(cards);
        idleOrders = List.copyOf(idleOrders);
    }
}
