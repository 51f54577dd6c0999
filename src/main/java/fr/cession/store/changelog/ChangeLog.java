package fr.cession.store.changelog;

import fr.cession.domain.audit.Change;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_OP;

/**
 * The change log as the synchronisation sees it: the outbox of local changes not yet sent
 * ({@code pushed_at} null, in {@code local_seq} order), and the recording of changes received
 * from the central database.
 */
public final class ChangeLog {

    private final DSLContext dsl;
    private final ChangeLogReader reader = new ChangeLogReader();
    private final ChangeLogWriter writer = new ChangeLogWriter();

    public ChangeLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The oldest local changes still to send, at most {@code limit}, in the order they were made. */
    public List<Change> pending(int limit) {
        return pending(dsl, limit);
    }

    public List<Change> pending(DSLContext ctx, int limit) {
        return reader.read(ctx, CHANGE_OP.PUSHED_AT.isNull(), limit);
    }

    public int pendingCount() {
        return dsl.fetchCount(CHANGE_OP, CHANGE_OP.PUSHED_AT.isNull());
    }

    /** The oldest local changes still to send, leaving out those of the given orders (held back). */
    public List<Change> pending(DSLContext ctx, int limit, Collection<UUID> heldOrders) {
        return reader.read(ctx, heldOrders.isEmpty() ? CHANGE_OP.PUSHED_AT.isNull()
                : CHANGE_OP.PUSHED_AT.isNull().and(CHANGE_OP.ORDER_ID.notIn(heldOrders)), limit);
    }

    /** Changes waiting to be sent, leaving out those of the given orders. */
    public int pendingCount(Collection<UUID> heldOrders) {
        return heldOrders.isEmpty() ? pendingCount()
                : dsl.fetchCount(CHANGE_OP, CHANGE_OP.PUSHED_AT.isNull().and(CHANGE_OP.ORDER_ID.notIn(heldOrders)));
    }

    /**
     * Marks every unsent change of these orders as sent, in the caller's transaction: they are
     * folded into a whole-order resend (or dropped with the order); they stay in its history.
     */
    public void seal(DSLContext tx, Collection<UUID> orderIds, Instant at) {
        if (orderIds.isEmpty()) {
            return;
        }
        tx.update(CHANGE_OP).set(CHANGE_OP.PUSHED_AT, at.atOffset(ZoneOffset.UTC))
                .where(CHANGE_OP.ORDER_ID.in(orderIds)).and(CHANGE_OP.PUSHED_AT.isNull()).execute();
    }

    /** Moves an order's history under another id (the same order, known centrally by that id). */
    public void moveHistory(DSLContext tx, UUID fromOrder, UUID toOrder) {
        tx.update(CHANGE_OP).set(CHANGE_OP.ORDER_ID, toOrder).where(CHANGE_OP.ORDER_ID.eq(fromOrder)).execute();
    }

    /** Marks changes as received by the central database (they leave the outbox, stay in the history). */
    public void markPushed(Collection<UUID> opIds, Instant at) {
        dsl.transaction(cfg -> markPushed(cfg.dsl(), opIds, at));
    }

    public void markPushed(DSLContext tx, Collection<UUID> opIds, Instant at) {
        if (opIds.isEmpty()) {
            return;
        }
        tx.update(CHANGE_OP).set(CHANGE_OP.PUSHED_AT, at.atOffset(ZoneOffset.UTC))
                .where(CHANGE_OP.OP_ID.in(opIds)).and(CHANGE_OP.PUSHED_AT.isNull()).execute();
    }

    /**
     * Records, in the caller's transaction, a change made elsewhere and pulled from the central
     * database, so that the order's history shows it. Applying it to the row is
     * {@link fr.cession.store.RowWriter}'s job.
     */
    public void recordRemote(DSLContext tx, Change change, Instant receivedAt) {
        writer.write(tx, change, Origin.DISTANT, receivedAt);
    }

    /** Whether the log already holds this operation (a change pulled twice is recorded once). */
    public boolean contains(DSLContext ctx, UUID opId) {
        return ctx.fetchExists(CHANGE_OP, CHANGE_OP.OP_ID.eq(opId));
    }

    /** The order's whole history, local and remote changes, oldest first. */
    public List<Change> history(DSLContext ctx, UUID orderId) {
        return reader.read(ctx, CHANGE_OP.ORDER_ID.eq(orderId), Integer.MAX_VALUE);
    }
}
