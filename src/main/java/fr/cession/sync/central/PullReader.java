package fr.cession.sync.central;

import fr.cession.sync.central.CentralTables.Change;
import fr.cession.sync.central.CentralTables.Meta;
import fr.cession.sync.protocol.Cursor;
import fr.cession.sync.protocol.PullPage;
import fr.cession.sync.protocol.RemoteChange;
import fr.cession.sync.protocol.RowImage;
import fr.cession.sync.tables.SyncedTables;
import fr.cession.sync.tables.ValueCodec;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads the central change feed without ever skipping a row. Each change row carries the id of
 * the transaction that wrote it; a reader only takes rows whose xid is below the oldest
 * transaction still running in its snapshot (pg_snapshot_xmin). Every transaction below that
 * horizon has ended, so no row can later appear behind the cursor, even if a transaction that
 * started earlier commits after a later one.
 */
public final class PullReader {

    static final Field<Long> HORIZON = DSL.field("pg_snapshot_xmin(pg_current_snapshot())::text::bigint", Long.class);

    private final CentralDatabase central;

    public PullReader(CentralDatabase central) {
        this.central = central;
    }

    /** The data schema version, and below which transaction the change log was purged. */
    public record Info(int schemaVersion, long purgedBelowXid, int retentionDays) {
    }

    public Info info() {
        Record r = central.dsl().select(Meta.SCHEMA_VERSION, Meta.PURGED_BELOW_XID, Meta.RETENTION_DAYS)
                .from(Meta.T).fetchSingle();
        return new Info(r.get(Meta.SCHEMA_VERSION), r.get(Meta.PURGED_BELOW_XID), r.get(Meta.RETENTION_DAYS));
    }

    public PullPage page(Cursor from, int limit) {
        return central.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            repeatableRead(tx);
            long horizon = tx.select(HORIZON).fetchSingle().value1();
            List<RemoteChange> changes = new ArrayList<>();
            tx.selectFrom(Change.T)
                    .where(DSL.row(Change.XID, Change.SEQ).gt(from.xid(), from.seq()))
                    .and(Change.XID.lt(horizon))
                    .orderBy(Change.XID, Change.SEQ).limit(limit + 1)
                    .forEach(r -> changes.add(change(r)));
            boolean more = changes.size() > limit;
            if (more) {
                changes.remove(changes.size() - 1);
            }
            Cursor next = changes.isEmpty() ? from
                    : new Cursor(changes.get(changes.size() - 1).xid(), changes.get(changes.size() - 1).seq());
            boolean heldBack = !more && tx.fetchExists(tx.selectOne().from(Change.T)
                    .where(Change.XID.ge(horizon)).and(DSL.row(Change.XID, Change.SEQ).gt(next.xid(), next.seq())));
            return new PullPage(changes, rows(tx, changes), next, more, heldBack);
        });
    }

    /**
     * Every synchronised row, in parent-to-child order, handed over in chunks; returns the cursor
     * from which incremental pulls continue (everything below the snapshot's horizon is in it).
     */
    public Cursor snapshot(int chunk, Consumer<List<RowImage>> sink) {
        return central.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            repeatableRead(tx);
            long horizon = tx.select(HORIZON).fetchSingle().value1();
            for (String name : SyncedTables.ALL) {
                Table<?> table = SyncedTables.table(name);
                List<RowImage> buffer = new ArrayList<>(chunk);
                try (var cursor = tx.selectFrom(table).fetchSize(chunk).fetchLazy()) {
                    for (Record r : cursor) {
                        Map<String, String> values = ValueCodec.row(table, r);
                        buffer.add(new RowImage(name, UUID.fromString(values.get("id")), values));
                        if (buffer.size() == chunk) {
                            sink.accept(buffer);
                            buffer = new ArrayList<>(chunk);
                        }
                    }
                }
                if (!buffer.isEmpty()) {
                    sink.accept(buffer);
                }
            }
            return Cursor.below(horizon);
        });
    }

    /** Current central rows, by table and id. */
    public List<RowImage> rows(String table, Set<UUID> ids) {
        return central.dsl().transactionResult(cfg -> fetchRows(cfg.dsl(), table, ids));
    }

    /**
     * Among these orders (held by the desktop), those the person behind the connection can no
     * longer see: the desktop's copies of them are to go. Asked in slices, so a large store is one
     * short query per thousand orders.
     */
    public Set<UUID> outOfReach(Collection<UUID> orderIds) {
        Set<UUID> out = new LinkedHashSet<>();
        List<UUID> all = List.copyOf(orderIds);
        for (int from = 0; from < all.size(); from += OUT_OF_REACH_SLICE) {
            UUID[] slice = all.subList(from, Math.min(all.size(), from + OUT_OF_REACH_SLICE)).toArray(UUID[]::new);
            central.dsl().select(DSL.field("id", UUID.class))
                    .from("cession_orders_out_of_reach({0}) AS t(id)", DSL.val(slice))
                    .forEach(r -> out.add(r.value1()));
        }
        return out;
    }

    private static final int OUT_OF_REACH_SLICE = 1_000;

    /** An order's whole family as the centre has it: the order, then its children, parents first. */
    public List<RowImage> family(UUID orderId) {
        return central.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<RowImage> rows = new ArrayList<>();
            for (String name : SyncedTables.ALL) {
                Table<?> table = SyncedTables.table(name);
                var where = "sales_order".equals(name) ? SyncedTables.id(table).eq(orderId)
                        : table.field("order_id", UUID.class).eq(orderId);
                tx.selectFrom(table).where(where).forEach(r -> {
                    Map<String, String> values = ValueCodec.row(table, r);
                    rows.add(new RowImage(name, UUID.fromString(values.get("id")), values));
                });
            }
            return rows;
        });
    }

    private static List<RowImage> rows(DSLContext tx, List<RemoteChange> changes) {
        Map<String, Set<UUID>> byTable = new LinkedHashMap<>();
        SyncedTables.ALL.forEach(t -> byTable.put(t, new LinkedHashSet<>()));
        for (RemoteChange c : changes) {
            if (SyncedTables.isSynced(c.entity())) {
                byTable.get(c.entity()).add(c.entityId());
            }
        }
        List<RowImage> rows = new ArrayList<>();
        byTable.forEach((table, ids) -> rows.addAll(fetchRows(tx, table, ids)));
        return rows;
    }

    private static List<RowImage> fetchRows(DSLContext tx, String name, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Table<?> table = SyncedTables.table(name);
        List<RowImage> rows = new ArrayList<>();
        tx.selectFrom(table).where(SyncedTables.id(table).in(ids)).forEach(r -> {
            Map<String, String> values = ValueCodec.row(table, r);
            rows.add(new RowImage(name, UUID.fromString(values.get("id")), values));
        });
        return rows;
    }

    private static RemoteChange change(Record r) {
        return new RemoteChange(r.get(Change.XID), r.get(Change.SEQ), r.get(Change.OP_ID), r.get(Change.ENTITY),
                r.get(Change.ENTITY_ID), r.get(Change.ORDER_ID), r.get(Change.KIND), r.get(Change.VERSION),
                r.get(Change.CHANGED_AT).toInstant(), r.get(Change.CHANGED_BY), r.get(Change.SITE),
                FieldsJson.read(r.get(Change.FIELDS)));
    }

    private static void repeatableRead(DSLContext tx) {
        tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute();
    }
}
