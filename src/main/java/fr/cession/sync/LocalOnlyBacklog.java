package fr.cession.sync;

import fr.cession.sync.local.Outbox;
import fr.cession.sync.protocol.OutgoingOp;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.SYNC_CHECKPOINT;

/**
 * A desktop with no central database keeps no outbox: its change log is its orders' history,
 * nothing in it is "waiting", and the status bar says "Mode local : rien à envoyer". Should a
 * central database be configured later, the station must not lose its real orders: at its first
 * connection (it has never synced) the orders created here are sent whole, as they are then (one
 * creation per row), and the edit-by-edit history stays local, sealed. Demonstration orders, written
 * as station-only, never leave. A desktop that had synced before its local-only period replays its
 * log as usual instead (its edits of central orders must reach the centre).
 */
public final class LocalOnlyBacklog {

    private final DSLContext local;

    public LocalOnlyBacklog(DSLContext local) {
        this.local = local;
    }

    /** Called when the desktop runs without a central database. */
    public void markLocalOnly(Instant at) {
        local.update(SYNC_CHECKPOINT).set(SYNC_CHECKPOINT.LOCAL_ONLY_SINCE, at.atOffset(ZoneOffset.UTC))
                .where(SYNC_CHECKPOINT.LOCAL_ONLY_SINCE.isNull()).execute();
    }

    /**
     * At a first connection after a local-only period: queues the orders created here whole and
     * seals the log. Does nothing otherwise.
     *
     * @return how many orders were queued whole
     */
    public int convertIfFirstConnection(boolean neverSynced, String by, String site, Instant at, Supplier<UUID> ids) {
        return local.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var since = tx.select(SYNC_CHECKPOINT.LOCAL_ONLY_SINCE).from(SYNC_CHECKPOINT).fetchSingle().value1();
            if (since == null) {
                return 0;
            }
            tx.update(SYNC_CHECKPOINT).setNull(SYNC_CHECKPOINT.LOCAL_ONLY_SINCE).execute();
            if (!neverSynced) {
                return 0;
            }
            List<UUID> created = tx.selectDistinct(CHANGE_OP.ORDER_ID).from(CHANGE_OP)
                    .where(CHANGE_OP.PUSHED_AT.isNull()).and(CHANGE_OP.ENTITY.eq("COMMANDE"))
                    .and(CHANGE_OP.KIND.eq("CREATION")).fetch(CHANGE_OP.ORDER_ID);
            for (UUID order : created) {
                for (OutgoingOp op : SyncRepair.wholeOrder(tx, order, by, site, at, ids)) {
                    Outbox.queueOwn(tx, op);
                }
            }
            tx.update(CHANGE_OP).set(CHANGE_OP.PUSHED_AT, at.atOffset(ZoneOffset.UTC)).where(CHANGE_OP.PUSHED_AT.isNull())
                    .execute();
            return created.size();
        });
    }
}
