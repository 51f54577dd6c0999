package fr.cession.sync.bench;

import fr.cession.sync.CentralPg;
import fr.cession.sync.Desktop;
import fr.cession.sync.SyncReport;
import fr.cession.sync.SyncScheduler;
import org.h2.jdbcx.JdbcConnectionPool;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Sync figures (not a test). Run:
 * {@code ./mvnw -o -q test-compile && java -cp target/classes:target/test-classes:$(cat target/cp.txt) fr.cession.sync.bench.SyncBenchmark [orders]}
 * after {@code ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}.
 */
public final class SyncBenchmark {

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int desktops = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path dir = Files.createDirectories(Path.of("target", "sync-bench", UUID.randomUUID().toString()));
        Clock clock = Clock.systemUTC();

        DataSource central = CentralPg.newDatabase();
        seed(central, orders);
        long rows = orders * 3L;

        // 1. initial sync into an empty desktop, beside a plain JDBC copy of the same rows into H2
        Desktop fresh = new Desktop("BENCH", dir, central, clock);
        long t0 = System.nanoTime();
        SyncReport first = fresh.syncOnce();
        double syncSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long copied = plainJdbcCopy(central, dir.resolve("plain"));
        double plainSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("Initial sync: %d rows in %.1f s = %.0f rows/s (snapshot rows %d)%n", rows, syncSeconds,
                rows / syncSeconds, first.snapshotRows());
        System.out.printf("Plain JDBC batch copy PG -> H2: %d rows in %.1f s = %.0f rows/s; ratio sync/plain = %.2f%n",
                copied, plainSeconds, copied / plainSeconds, syncSeconds / plainSeconds);

        // 2. incremental round trip: committed at A, visible at B (B listens for notifications)
        Desktop a = fresh;
        Desktop b = new Desktop("BENCHB", dir, central, clock);
        b.syncOnce();
        UUID order = a.createOrder("RT-1");
        a.syncOnce();
        List<Long> micros = new ArrayList<>();
        try (SyncScheduler scheduler = new SyncScheduler(b.sync(), central, Duration.ofHours(1), Duration.ofSeconds(5))) {
            scheduler.start();
            scheduler.awaitListening(Duration.ofSeconds(30));
            waitFor(() -> b.value("sales_order", order, "number") != null);
            for (int i = 0; i < 100; i++) {
                String advisor = "rt" + i;
                a.edit("sales_order", order, order, "advisor", advisor);
                long start = System.nanoTime();
                a.syncOnce();
                waitFor(() -> advisor.equals(b.value("sales_order", order, "advisor")));
                micros.add((System.nanoTime() - start) / 1000);
            }
        }
        Collections.sort(micros);
        System.out.printf("Round trip A push -> visible at B: median %.1f ms, p99 %.1f ms (n=%d)%n",
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.99) - 1) / 1000.0, micros.size());

        // 3. central throughput: N desktops pushing and pulling at once (own central, no big snapshot)
        DataSource busy = CentralPg.newDatabase();
        List<Desktop> sites = new ArrayList<>();
        for (int i = 0; i < desktops; i++) {
            Desktop d = new Desktop("S" + i, dir, busy, clock);
            d.syncOnce();
            for (int k = 0; k < 10; k++) {
                UUID o = d.createOrder("S" + i + "-" + k);
                d.createActivity(o, "Demande de déstockage B2C");
                d.edit("sales_order", o, o, "advisor", "x" + k);
            }
            sites.add(d);
        }
        int ops = desktops * 30;
        ExecutorService pool = Executors.newFixedThreadPool(desktops);
        // 3a. the central side alone: every desktop's outbox pushed at once (one transaction each)
        fr.cession.sync.central.PushApplier applier = new fr.cession.sync.central.PushApplier(
                new fr.cession.sync.central.CentralDatabase(busy));
        List<List<fr.cession.sync.protocol.OutgoingOp>> outboxes = new ArrayList<>();
        sites.forEach(d -> outboxes.add(new fr.cession.sync.local.Outbox(d.dsl()).pending(1000)));
        long tPush = System.nanoTime();
        List<Future<Integer>> pushes = new ArrayList<>();
        outboxes.forEach(o -> pushes.add(pool.submit(() -> applier.push(UUID.randomUUID(), o).size())));
        int centralOps = 0;
        for (Future<Integer> f : pushes) {
            centralOps += f.get();
        }
        double pushSeconds = (System.nanoTime() - tPush) / 1e9;
        System.out.printf("%d desktops pushing at once (central side only): %d ops in %.2f s = %.0f ops/s%n",
                desktops, centralOps, pushSeconds, centralOps / pushSeconds);
        // 3b. full syncs at once (push acknowledged as duplicates, then everyone pulls everyone's changes)
        long t2 = System.nanoTime();
        List<Future<SyncReport>> reports = new ArrayList<>();
        sites.forEach(d -> reports.add(pool.submit(d::syncOnce)));
        int pushed = 0;
        for (Future<SyncReport> f : reports) {
            pushed += f.get().pushed();
        }
        double busySeconds = (System.nanoTime() - t2) / 1e9;
        pool.shutdown();
        System.out.printf("%d desktops syncing at once (push acknowledged + pull of all %d changes each, 50 H2 files on this"
                        + " machine): %d ops in %.2f s%n", desktops, ops, pushed, busySeconds);
        sites.forEach(Desktop::close);
        a.close();
        b.close();
        System.exit(0);
    }

    private static void waitFor(java.util.function.BooleanSupplier c) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!c.getAsBoolean() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(200_000);
        }
    }

    private static void seed(DataSource central, int orders) throws Exception {
        try (Connection c = central.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into sales_order (id, number, status, reserved_on, reservation_fee, advisor, owning_site,
                      customer_kind, customer_last_name, cg_holding, handover_mode, payment_method, vehicle_plate,
                      version, modified_at, modified_by, modified_site)
                    select gen_random_uuid(), 'B-' || i, 'RESERVEE', date '2026-03-02', 500, 'alice', 'LYON',
                      'PARTICULIER', 'Client ' || i, 'TITULAIRE', 'CESSION', 'VIR', 'AA-' || i || '-ZZ',
                      1, now(), 'seed', 'LYON' from generate_series(1, %d) i""".formatted(orders));
            s.execute("""
                    insert into activity (id, order_id, type_code, title, role, due_at, state, version, modified_at,
                      modified_by, modified_site)
                    select gen_random_uuid(), o.id, 'T' || k, 'Activité ' || k, 'ADV', now(), 'OUVERTE', 1, now(), 'seed', 'LYON'
                    from sales_order o, generate_series(1, 2) k""");
        }
    }

    /** The same rows, read from PostgreSQL and inserted into a fresh H2 with plain JDBC batches. */
    private static long plainJdbcCopy(DataSource central, Path file) throws Exception {
        JdbcConnectionPool h2 = JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        Flyway.configure().dataSource(h2).locations("classpath:db/local").load().migrate();
        long n = 0;
        try (Connection pg = central.getConnection(); Connection local = h2.getConnection()) {
            pg.setAutoCommit(false);
            local.setAutoCommit(false);
            for (String table : List.of("sales_order", "activity")) {
                try (Statement s = pg.createStatement()) {
                    s.setFetchSize(1000);
                    // the columns both databases have (the centre keeps some of its own, such as organisation_id)
                    String shared;
                    try (Statement ls = local.createStatement();
                         ResultSet none = ls.executeQuery("select * from " + table + " where 1 = 0")) {
                        List<String> names = new java.util.ArrayList<>();
                        for (int i = 1; i <= none.getMetaData().getColumnCount(); i++) {
                            names.add(none.getMetaData().getColumnName(i));
                        }
                        shared = String.join(",", names);
                    }
                    try (ResultSet rs = s.executeQuery("select " + shared + " from " + table)) {
                        ResultSetMetaData md = rs.getMetaData();
                        int cols = md.getColumnCount();
                        StringBuilder names = new StringBuilder();
                        StringBuilder marks = new StringBuilder();
                        for (int i = 1; i <= cols; i++) {
                            names.append(i > 1 ? "," : "").append(md.getColumnName(i));
                            marks.append(i > 1 ? "," : "").append('?');
                        }
                        try (PreparedStatement ins = local.prepareStatement(
                                "insert into " + table + " (" + names + ") values (" + marks + ")")) {
                            while (rs.next()) {
                                for (int i = 1; i <= cols; i++) {
                                    ins.setObject(i, rs.getObject(i));
                                }
                                ins.addBatch();
                                if (++n % 1000 == 0) {
                                    ins.executeBatch();
                                    local.commit();
                                }
                            }
                            ins.executeBatch();
                            local.commit();
                        }
                    }
                }
            }
        }
        h2.dispose();
        return n;
    }
}
