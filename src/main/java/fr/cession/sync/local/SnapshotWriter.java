package fr.cession.sync.local;

import fr.cession.sync.protocol.Cursor;
import fr.cession.sync.protocol.RowImage;
import fr.cession.sync.tables.SyncedTables;
import org.jooq.DSLContext;
import org.jooq.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.SYNC_OUTBOX;

/**
 * Writes a full snapshot of the central database into the local store (first sync, or a desktop
 * offline longer than the central retention). Rows the central database no longer has are
 * removed locally, unless a local change not yet pushed holds them.
 */
public final class SnapshotWriter {

    private final DSLContext local;
    private final Set<String> emptyAtStart = new HashSet<>();
    private final Map<String, Set<UUID>> seen = new HashMap<>();
    private long rows;

    SnapshotWriter(DSLContext local) {
        this.local = local;
        for (String name : SyncedTables.ALL) {
            if (local.fetchCount(SyncedTables.table(name)) == 0) {
                emptyAtStart.add(name);
            }
            seen.put(name, new HashSet<>());
        }
    }

    /** One chunk of rows, all of the same table. */
    public void accept(List<RowImage> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        String table = chunk.get(0).table();
        rows += chunk.size();
        local.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (emptyAtStart.contains(table)) {
                LocalRows.insertAll(tx, table, chunk.stream().map(RowImage::values).toList());
            } else {
                chunk.forEach(r -> seen.get(table).add(r.id()));
                LocalApplier.writeRows(tx, chunk);
            }
        });
    }

    public long rows() {
        return rows;
    }

    public void finish(Cursor cursor, Instant now) {
        local.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Set<UUID> pending = new HashSet<>(tx.selectDistinct(CHANGE_OP.ENTITY_ID).from(CHANGE_OP)
                    .where(CHANGE_OP.PUSHED_AT.isNull()).fetch(CHANGE_OP.ENTITY_ID));
            pending.addAll(tx.selectDistinct(SYNC_OUTBOX.ENTITY_ID).from(SYNC_OUTBOX)
                    .where(SYNC_OUTBOX.PUSHED_AT.isNull()).fetch(SYNC_OUTBOX.ENTITY_ID));
            // orders kept "à corriger" are this desktop's alone until a person resends or withdraws them
            Set<UUID> held = Outbox.heldOrders(tx);
            pending.addAll(held);
            for (String name : SyncedTables.ALL) {
                Table<?> t = SyncedTables.table(name);
                if (!held.isEmpty() && !"sales_order".equals(name)) {
                    pending.addAll(tx.select(SyncedTables.id(t)).from(t).where(t.field("order_id", UUID.class).in(held))
                            .fetch(SyncedTables.id(t)));
                }
            }
            List<String> childrenFirst = new ArrayList<>(SyncedTables.ALL);
            java.util.Collections.reverse(childrenFirst);
            for (String name : childrenFirst) {
                if (emptyAtStart.contains(name)) {
                    continue;
                }
                Table<?> table = SyncedTables.table(name);
                List<UUID> gone = new ArrayList<>();
                for (UUID id : tx.select(SyncedTables.id(table)).from(table).fetch(SyncedTables.id(table))) {
                    if (!seen.get(name).contains(id) && !pending.contains(id)) {
                        gone.add(id);
                    }
                }
                for (int i = 0; i < gone.size(); i += 1000) {
                    tx.deleteFrom(table).where(SyncedTables.id(table).in(gone.subList(i, Math.min(gone.size(), i + 1000))))
                            .execute();
                }
            }
            LocalApplier.moveCursor(tx, cursor, now, true);
        });
    }
}
