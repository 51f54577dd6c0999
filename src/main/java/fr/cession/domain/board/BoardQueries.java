package fr.cession.domain.board;

/** The read side of the board: open activities of live orders, with their order and checklist progress. */
public interface BoardQueries {

    /** Reads every open activity of orders that are neither closed nor cancelled, and the idle orders. */
    BoardSnapshot snapshot();

    /** Whether the local store holds no order at all (the desktop then offers demo data). */
    boolean isEmpty();
}
