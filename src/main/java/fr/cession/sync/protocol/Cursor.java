package fr.cession.sync.protocol;

/**
 * A position in the central change feed: the last (transaction id, sequence) pair delivered.
 * Rows are delivered in (xid, seq) order and only below the oldest running transaction, so the
 * set behind a cursor never grows afterwards.
 */
public record Cursor(long xid, long seq) {

    public static final Cursor START = new Cursor(0, 0);

    /** Everything written by transactions below {@code horizon} is behind this cursor. */
    public static Cursor below(long horizon) {
        return new Cursor(horizon - 1, Long.MAX_VALUE);
    }

    public boolean isStart() {
        return xid == 0 && seq == 0;
    }
}
