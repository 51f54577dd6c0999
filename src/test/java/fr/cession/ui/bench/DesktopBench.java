package fr.cession.ui.bench;

import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.store.board.JooqBoardQueries;
import fr.cession.ui.DemoDataOffer;
import fr.cession.ui.DesktopDependencies;
import fr.cession.ui.DesktopWindow;
import fr.cession.ui.OrderActions;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.task.FxTaskExecutor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.CHECKLIST_ITEM;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * Not a test: run with
 * {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) fr.cession.ui.bench.DesktopBench}.
 * Builds a store of 5,000 orders / 50,000 open activities, then starts, each in a fresh JVM and
 * headless (Monocle), an empty JavaFX window and the desktop on "Ma journée", and prints
 * JVM-start-to-first-frame of both, the ratio, the time a search keystroke takes to reach the
 * board, and the desktop's peak heap.
 */
public final class DesktopBench {

    private static final int ORDERS = 5_000;
    private static final int ACTIVITIES_PER_ORDER = 10;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private DesktopBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("empty")) {
            empty();
            return;
        }
        if (args.length > 1 && args[0].equals("app")) {
            app(args[1]);
            return;
        }
        Path db = Path.of("target", "bench", "cession").toAbsolutePath();
        String url = url(db);
        if (!Files.exists(Path.of(db + ".mv.db"))) {
            long t = System.nanoTime();
            generate(url);
            System.out.printf("bench data: %d orders, %d activities generated in %d ms%n", ORDERS,
                    ORDERS * ACTIVITIES_PER_ORDER, (System.nanoTime() - t) / 1_000_000);
        }
        child("empty");  // warm the OS file cache once
        List<String> empty = child("empty");
        List<String> app = child("app", url);
        long emptyMs = value(empty, "FIRST_FRAME_MS");
        long appMs = value(app, "FIRST_FRAME_MS");
        System.out.printf("empty JavaFX window, launch to first frame: %d ms%n", emptyMs);
        System.out.printf("Ma journee (5,000 orders / 50,000 activities), launch to first interactive frame: %d ms%n",
                appMs);
        System.out.printf("ratio: %.2f%n", (double) appMs / emptyMs);
        System.out.printf("board: search keystroke to columns updated: %d ms (first), %d ms (median of 10)%n",
                value(app, "SEARCH_FIRST_MS"), value(app, "SEARCH_MEDIAN_MS"));
        System.out.printf("peak heap: %d MB%n", value(app, "PEAK_HEAP_MB"));
    }

    private static String url(Path db) {
        return "jdbc:h2:file:" + db + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static long value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> Long.parseLong(l.substring(key.length() + 1)))
                .findFirst().orElseThrow(() -> new IllegalStateException(key + " missing in " + lines));
    }

    private static List<String> child(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dlogback.configurationFile=" + logbackConfig(), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Djavafx.cachedir=target/openjfx-cache",
                "-cp", System.getProperty("java.class.path"), DesktopBench.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
            }
        }
        p.waitFor(5, TimeUnit.MINUTES);
        return out;
    }

    /** INFO level: jOOQ's DEBUG logging of every query would be measured too. */
    private static String logbackConfig() throws java.io.IOException {
        Path file = Path.of("target", "bench", "logback-bench.xml").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<configuration><appender name=\"C\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                + "<encoder><pattern>%msg%n</pattern></encoder></appender>"
                + "<root level=\"WARN\"><appender-ref ref=\"C\"/></root></configuration>");
        return file.toString();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void empty() throws Exception {
        CountDownLatch frame = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(), 1280, 800);
            scene.addPostLayoutPulseListener(frame::countDown);
            stage.setScene(scene);
            stage.show();
        });
        frame.await(1, TimeUnit.MINUTES);
        System.out.println("FIRST_FRAME_MS=" + sinceJvmStart());
        Platform.exit();
    }

    private static void app(String url) throws Exception {
        DSLContext dsl = DSL.using(java.sql.DriverManager.getConnection(url, "sa", ""), SQLDialect.H2);
        Actor actor = new Actor("advisor01", "Conseiller 01", Role.COMMERCIAL, "LYON");
        Clock clock = Clock.fixed(OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC).toInstant(), PARIS);
        DesktopDependencies deps = new DesktopDependencies(actor, clock, PARIS, RuleSettings.SEED_004,
                unsupported(OrderFileRepository.class), new JooqBoardQueries(dsl), unsupported(OrderActions.class),
                SyncStatus.localOnly(), DemoDataOffer.NONE, Locale.FRANCE);
        FxTaskExecutor executor = new FxTaskExecutor(2);
        DesktopWindow[] window = new DesktopWindow[1];
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            window[0] = new DesktopWindow(deps, stage, executor, m -> new FakeDialogs());
            window[0].show();
            // interactive: my activities are on screen and a frame has been laid out with them
            window[0].scene().addPostLayoutPulseListener(() -> {
                if (window[0].viewModel().today().rows().size() > 4 && ready.getCount() > 0) {
                    ready.countDown();
                }
            });
        });
        ready.await(2, TimeUnit.MINUTES);
        System.out.println("FIRST_FRAME_MS=" + sinceJvmStart());

        var board = window[0].viewModel().board();
        waitUntil(() -> board.shownProperty().get() == ORDERS * ACTIVITIES_PER_ORDER);
        List<Long> times = new ArrayList<>();
        String[] keys = {"l", "ly", "lyo", "lyon", "lyon-", "lyon-2", "dur", "dura", "durand", "ab-1"};
        for (String text : keys) {
            long t = System.nanoTime();
            Platform.runLater(() -> board.searchProperty().set(text));
            waitUntil(() -> board.appliedRequestProperty().get() == board.lastRequest()
                    && text.equals(board.searchProperty().get()));
            times.add((System.nanoTime() - t) / 1_000_000);
        }
        System.out.println("SEARCH_FIRST_MS=" + times.get(0));
        System.out.println("SEARCH_MEDIAN_MS=" + times.stream().sorted().toList().get(times.size() / 2));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("PEAK_HEAP_MB=" + peak / (1024 * 1024));
        executor.close();
        Platform.exit();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            CountDownLatch pulse = new CountDownLatch(1);
            boolean[] ok = new boolean[1];
            Platform.runLater(() -> {
                ok[0] = condition.getAsBoolean();
                pulse.countDown();
            });
            pulse.await();
            if (ok[0]) {
                return;
            }
            // yield to the FX thread and the workers between checks, without sleeping
            Thread.onSpinWait();
        }
        throw new IllegalStateException("condition not met in time");
    }

    @SuppressWarnings("unchecked")
    private static <T> T unsupported(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, a) -> {
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static void generate(String url) throws java.sql.SQLException {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/local").cleanDisabled(false).load()
                .migrate();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            generate(DSL.using(c, SQLDialect.H2));
        }
    }

    private static void generate(DSLContext dsl) {
        OffsetDateTime now = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC);
        String[] names = {"Martin", "Bernard", "Durand", "Petit", "Leroy", "Moreau", "Simon", "Laurent", "Michel",
                "Garcia"};
        String[] statuses = {"RESERVEE", "DESTOCKAGE", "ORGANISEE", "PAIEMENT_VERIFIE", "VENDUE"};
        List<Query> batch = new ArrayList<>();
        for (int o = 0; o < ORDERS; o++) {
            UUID orderId = UUID.randomUUID();
            String plate = String.format("%c%c-%03d-%c%c", 'A' + o % 26, 'A' + (o / 26) % 26, o % 1000,
                    'A' + (o / 7) % 26, 'A' + (o / 11) % 26);
            batch.add(dsl.insertInto(SALES_ORDER)
                    .set(SALES_ORDER.ID, orderId).set(SALES_ORDER.NUMBER, String.format("LYON-2026-%05d", o))
                    .set(SALES_ORDER.STATUS, statuses[o % statuses.length])
                    .set(SALES_ORDER.RESERVED_ON, LocalDate.of(2026, 3, 10).minusDays(o % 20))
                    .set(SALES_ORDER.RESERVATION_FEE, new BigDecimal("500"))
                    .set(SALES_ORDER.ADVISOR, String.format("advisor%02d", o % 50 + 1))
                    .set(SALES_ORDER.OWNING_SITE, "LYON").set(SALES_ORDER.CUSTOMER_KIND, "PARTICULIER")
                    .set(SALES_ORDER.CUSTOMER_FIRST_NAME, "Client" + o)
                    .set(SALES_ORDER.CUSTOMER_LAST_NAME, names[o % names.length])
                    .set(SALES_ORDER.CG_HOLDING, "TITULAIRE").set(SALES_ORDER.VEHICLE_PLATE, plate)
                    .set(SALES_ORDER.VEHICLE_VIN, String.format("VF1BENCH%09d", o))
                    .set(SALES_ORDER.VEHICLE_MAKE, "Renault").set(SALES_ORDER.VEHICLE_MODEL, "Clio")
                    .set(SALES_ORDER.HANDOVER_MODE, o % 3 == 0 ? "LIVRAISON" : "CESSION")
                    .set(SALES_ORDER.PAYMENT_METHOD, o % 3 == 0 ? "CRD" : "VIR")
                    .set(SALES_ORDER.VERSION, 1L).set(SALES_ORDER.MODIFIED_AT, now)
                    .set(SALES_ORDER.MODIFIED_BY, "bench").set(SALES_ORDER.MODIFIED_SITE, "LYON"));
            for (int a = 0; a < ACTIVITIES_PER_ORDER; a++) {
                UUID activityId = UUID.randomUUID();
                batch.add(dsl.insertInto(ACTIVITY).set(ACTIVITY.ID, activityId).set(ACTIVITY.ORDER_ID, orderId)
                        .set(ACTIVITY.TYPE_CODE, "type_" + a).set(ACTIVITY.TITLE, "Activité B2C n° " + (a + 1))
                        .set(ACTIVITY.ROLE, a % 3 == 1 ? "ADV" : "COMMERCIAL")
                        .set(ACTIVITY.DUE_AT, now.plusHours((o % 40 - 15) * 6L + a))
                        .set(ACTIVITY.STATE, "OUVERTE").set(ACTIVITY.VERSION, 1L).set(ACTIVITY.MODIFIED_AT, now)
                        .set(ACTIVITY.MODIFIED_BY, "bench").set(ACTIVITY.MODIFIED_SITE, "LYON"));
                for (int i = 0; i < 3; i++) {
                    batch.add(dsl.insertInto(CHECKLIST_ITEM).set(CHECKLIST_ITEM.ID, UUID.randomUUID())
                            .set(CHECKLIST_ITEM.ACTIVITY_ID, activityId).set(CHECKLIST_ITEM.ORDER_ID, orderId)
                            .set(CHECKLIST_ITEM.LINE_CODE, "l" + i).set(CHECKLIST_ITEM.LABEL, "Ligne " + i)
                            .set(CHECKLIST_ITEM.POSITION, i).set(CHECKLIST_ITEM.CHECKED, (o + a + i) % 2 == 0)
                            .set(CHECKLIST_ITEM.VERSION, 1L).set(CHECKLIST_ITEM.MODIFIED_AT, now)
                            .set(CHECKLIST_ITEM.MODIFIED_BY, "bench").set(CHECKLIST_ITEM.MODIFIED_SITE, "LYON"));
                }
            }
            if (batch.size() > 5_000) {
                flush(dsl, batch);
            }
        }
        flush(dsl, batch);
    }

    private static void flush(DSLContext dsl, List<Query> batch) {
        dsl.transaction(cfg -> DSL.using(cfg).batch(batch).execute());
        batch.clear();
    }
}
