package fr.cession.store.bench;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileDiff;
import fr.cession.domain.user.Actor;
import fr.cession.store.EntityTables;
import fr.cession.store.FieldCodec;
import fr.cession.store.LocalDatabase;
import fr.cession.store.RowWriter;
import fr.cession.store.TestDatabases;
import fr.cession.store.TimeOrderedIds;
import fr.cession.store.dossier.BulkLoader;
import fr.cession.store.dossier.OrderNumberAllocator;
import fr.cession.testdata.Actors;
import fr.cession.testdata.OrderFileBuilder;
import org.jooq.Field;
import org.jooq.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Not a test: measures {@link BulkLoader} (what the demo command uses) against a plain JDBC batch
 * insert of exactly the same rows (entity rows, change_op, change_field), in the same run, each
 * into a fresh database file under target/. Prints rows/s and the ratio.
 *
 * <pre>
 * ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) fr.cession.store.bench.BulkLoadBenchmark [orders] [activities/order] [lines/activity]
 * </pre>
 */
public final class BulkLoadBenchmark {

    private static final int ORDERS_PER_TRANSACTION = 500;

    private BulkLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int activities = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Actor actor = Actors.commercial("LYON");
        Instant at = Instant.parse("2025-03-03T08:00:00Z");

        // -Dbench.ids=random to see what random keys cost
        boolean random = "random".equals(System.getProperty("bench.ids"));
        Supplier<UUID> ids = random ? UUID::randomUUID : new TimeOrderedIds(Clock.systemUTC());
        List<OrderFile> files = OrderFileBuilder.anOrderFile().withIds(ids).withActivities(activities, lines)
                .build(orders);
        System.out.println(random ? "clés aléatoires" : "clés ordonnées dans le temps (TimeOrderedIds)");
        System.out.printf(Locale.ROOT, "%d commandes, %d activités, %d lignes de checklist%n", orders,
                orders * activities, orders * activities * lines);

        // Warm-up on a small set so both paths run compiled code.
        run(files.subList(0, Math.min(200, orders)), actor, at, ids, false);
        run(files, actor, at, ids, true);
    }

    private static void run(List<OrderFile> files, Actor actor, Instant at, Supplier<UUID> ids, boolean print) throws SQLException {
        long storeNanos;
        long rows;
        try (LocalDatabase db = LocalDatabase.open(TestDatabases.freshFile())) {
            long start = System.nanoTime();
            new BulkLoader(db.dsl(), ids, ORDERS_PER_TRANSACTION).load(files, actor, at);
            storeNanos = System.nanoTime() - start;
            rows = countRows(db);
        }
        long prepStart = System.nanoTime();
        List<List<Change>> chunks = prepare(files, actor, at, ids);
        long prepNanos = System.nanoTime() - prepStart;
        long jdbcNanos;
        try (LocalDatabase db = LocalDatabase.open(TestDatabases.freshFile())) {
            long start = System.nanoTime();
            plainJdbc(db, chunks);
            jdbcNanos = System.nanoTime() - start;
            if (countRows(db) != rows) {
                throw new IllegalStateException("les deux chargements n'ont pas écrit les mêmes lignes");
            }
        }
        if (print) {
            System.out.printf(Locale.ROOT, "lignes écrites (tables + change_op + change_field) : %d%n", rows);
            System.out.printf(Locale.ROOT, "BulkLoader (jOOQ, diff + audit) : %6.2f s  %,10.0f lignes/s%n",
                    storeNanos / 1e9, rows / (storeNanos / 1e9));
            System.out.printf(Locale.ROOT, "JDBC batch brut (mêmes lignes)  : %6.2f s  %,10.0f lignes/s%n",
                    jdbcNanos / 1e9, rows / (jdbcNanos / 1e9));
            System.out.printf(Locale.ROOT, "dont diff + normalisation (hors base) : %6.2f s%n", prepNanos / 1e9);
            System.out.printf(Locale.ROOT, "rapport BulkLoader / JDBC : %.2f%n", (double) storeNanos / jdbcNanos);
        }
    }

    private static long countRows(LocalDatabase db) {
        long n = 0;
        for (String t : List.of("sales_order", "activity", "checklist_item", "order_document", "payment",
                "approval_request", "change_op", "change_field")) {
            n += db.dsl().fetchCount(db.dsl().meta().getTables(t).get(0));
        }
        return n;
    }

    // The same rows the store writes, computed outside the timed part of the baseline.
    private static List<List<Change>> prepare(List<OrderFile> files, Actor actor, Instant at, Supplier<UUID> ids) {
        OrderFileDiff diff = new OrderFileDiff(ids);
        RowWriter rows = new RowWriter();
        List<List<Change>> chunks = new ArrayList<>();
        List<Change> chunk = new ArrayList<>();
        int counter = 0;
        for (int i = 0; i < files.size(); i++) {
            OrderFile f = files.get(i);
            OrderFile numbered = f.withOrder(withNumber(f, OrderNumberAllocator.format(actor.site(), 2025, ++counter)));
            diff.changes(null, numbered, actor, at).forEach(c -> chunk.add(rows.normalize(c)));
            if ((i + 1) % ORDERS_PER_TRANSACTION == 0 || i == files.size() - 1) {
                chunks.add(new ArrayList<>(chunk));
                chunk.clear();
            }
        }
        return chunks;
    }

    private static fr.cession.domain.order.Order withNumber(OrderFile f, String number) {
        Map<String, String> fields = fr.cession.domain.audit.OrderFields.of(f.order());
        fields.put("number", number);
        return fr.cession.domain.audit.OrderFields.from(f.orderId(), fields, f.order().meta());
    }

    private static void plainJdbc(LocalDatabase db, List<List<Change>> chunks) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            for (List<Change> chunk : chunks) {
                Map<Table<?>, List<Change>> byTable = new LinkedHashMap<>();
                chunk.forEach(ch -> byTable.computeIfAbsent(EntityTables.table(ch.entity()), t -> new ArrayList<>()).add(ch));
                for (Map.Entry<Table<?>, List<Change>> e : byTable.entrySet()) {
                    insertRows(c, e.getKey(), e.getValue());
                }
                insertLog(c, chunk);
                c.commit();
            }
        }
    }

    private static void insertRows(Connection c, Table<?> table, List<Change> changes) throws SQLException {
        Field<?>[] cols = table.fields();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.getName()).append(" (");
        for (int i = 0; i < cols.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(cols[i].getName());
        }
        sql.append(") VALUES (").append("?, ".repeat(cols.length - 1)).append("?)");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < cols.length; i++) {
            index.put(cols[i].getName(), i);
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (Change ch : changes) {
                Object[] row = new Object[cols.length];
                row[index.get("id")] = ch.entityId();
                for (FieldChange f : ch.fields()) {
                    int i = index.get(f.field());
                    row[i] = FieldCodec.toValue(cols[i], f.newValue());
                }
                row[index.get("version")] = ch.newVersion();
                row[index.get("modified_at")] = ch.at().atOffset(ZoneOffset.UTC);
                row[index.get("modified_by")] = ch.by();
                row[index.get("modified_site")] = ch.site();
                row[index.get("deleted")] = false;
                for (int i = 0; i < cols.length; i++) {
                    if (row[i] == null && cols[i].getType() == Boolean.class) {
                        row[i] = false;
                    }
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertLog(Connection c, List<Change> changes) throws SQLException {
        try (PreparedStatement op = c.prepareStatement("INSERT INTO change_op (op_id, entity, entity_id, order_id, kind,"
                + " base_version, new_version, changed_at, changed_by, site, origin, pushed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'LOCAL', NULL)");
             PreparedStatement field = c.prepareStatement(
                     "INSERT INTO change_field (op_id, field, old_value, new_value) VALUES (?, ?, ?, ?)")) {
            for (Change ch : changes) {
                op.setObject(1, ch.opId());
                op.setString(2, ch.entity().name());
                op.setObject(3, ch.entityId());
                op.setObject(4, ch.orderId());
                op.setString(5, ch.kind().name());
                op.setLong(6, ch.baseVersion());
                op.setLong(7, ch.newVersion());
                op.setObject(8, ch.at().atOffset(ZoneOffset.UTC));
                op.setString(9, ch.by());
                op.setString(10, ch.site());
                op.addBatch();
                for (FieldChange f : ch.fields()) {
                    field.setObject(1, ch.opId());
                    field.setString(2, f.field());
                    field.setString(3, f.oldValue());
                    field.setString(4, f.newValue());
                    field.addBatch();
                }
            }
            op.executeBatch();
            field.executeBatch();
        }
    }
}
