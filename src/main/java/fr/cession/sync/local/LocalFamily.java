package fr.cession.sync.local;

import fr.cession.store.changelog.ChangeLog;
import fr.cession.sync.protocol.RowImage;
import fr.cession.sync.tables.SyncedTables;
import org.jooq.DSLContext;
import org.jooq.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.CHECKLIST_ITEM;
import static fr.cession.store.schema.Tables.SYNC_REFUSAL;
import static fr.cession.store.schema.Tables.SYNC_TO_FIX;

/**
 * Whole-order operations on the local store that the synchronisation needs: take an order back
 * out (a refused creation withdrawn), rows whose creation the centre refused, and an order that
 * turned out to be another site's (the same back-office number) re-keyed to the centre's id.
 */
public final class LocalFamily {

    private LocalFamily() {
    }

    /** Tables an order's rows live in, children first (local foreign keys). */
    private static List<String> childrenFirst() {
        List<String> tables = new ArrayList<>(SyncedTables.ALL);
        tables.remove(SyncedTables.CONFLICT);
        java.util.Collections.reverse(tables);
        return tables;
    }

    /** Removes the order and every row of it from this store (its history stays). */
    public static void delete(DSLContext tx, UUID orderId) {
        for (String name : childrenFirst()) {
            Table<?> t = SyncedTables.table(name);
            var where = "sales_order".equals(name) ? SyncedTables.id(t).eq(orderId) : t.field("order_id", UUID.class).eq(orderId);
            tx.deleteFrom(t).where(where).execute();
        }
    }

    /** Removes rows the centre never took (a refused creation), with the checklist lines under an activity. */
    static void deleteRows(DSLContext tx, String table, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if ("activity".equals(table)) {
            tx.deleteFrom(CHECKLIST_ITEM).where(CHECKLIST_ITEM.ACTIVITY_ID.in(ids)).execute();
        }
        if ("sales_order".equals(table)) {
            ids.forEach(id -> delete(tx, id));
            return;
        }
        Table<?> t = SyncedTables.table(table);
        tx.deleteFrom(t).where(SyncedTables.id(t).in(ids)).execute();
    }

    /**
     * This desktop's order {@code alias} is the centre's {@code target} (the same back-office
     * order created at two sites): the local copy is replaced by the central one and the order's
     * history, refusals and corrections follow it. Its changes still unsent stay queued: the centre
     * re-bases them onto the target.
     */
    static void rekey(DSLContext tx, UUID alias, UUID target, List<RowImage> targetFamily, Instant at) {
        ChangeLog log = new ChangeLog(tx);
        delete(tx, alias);
        log.moveHistory(tx, alias, target);
        tx.update(SYNC_REFUSAL).set(SYNC_REFUSAL.ORDER_ID, target).where(SYNC_REFUSAL.ORDER_ID.eq(alias)).execute();
        tx.deleteFrom(SYNC_TO_FIX).where(SYNC_TO_FIX.ORDER_ID.eq(alias)).execute();
        LocalApplier.writeRows(tx, targetFamily);
    }

    /** Ids of an activity's lines: a refused activity creation takes them along. */
    static List<UUID> itemsOf(DSLContext tx, Collection<UUID> activities) {
        return tx.select(CHECKLIST_ITEM.ID).from(CHECKLIST_ITEM).where(CHECKLIST_ITEM.ACTIVITY_ID.in(activities))
                .fetch(CHECKLIST_ITEM.ID);
    }

    static boolean activityExists(DSLContext tx, UUID id) {
        return tx.fetchExists(ACTIVITY, ACTIVITY.ID.eq(id));
    }
}
