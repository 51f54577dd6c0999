package fr.cession.ui.bench;

import fr.cession.app.PrefetchedBoardQueries;
import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.store.LocalDatabase;
import fr.cession.store.board.JooqBoardQueries;
import fr.cession.ui.OrderActions;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;


/**
 * Not a test: run with
 * {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) fr.cession.ui.bench.DesktopBench}.
 * Builds a store of 5,000 orders / 50,000 open activities, then starts, each in a fresh JVM and
 * headless (Monocle): an empty JavaFX window (the baseline), the desktop on "Ma journée" as it
 * started before (store opened, then JavaFX, then the old queries) and as it starts now (store
 * opened and the user's list read on a thread of their own while JavaFX starts, new queries).
 * Prints launch to first interactive frame of each and its ratio to the empty window, the time a
 * search keystroke takes to reach the board (median, p95), peak memory (RSS high-water mark and
 * peak heap), and the board queries alone (cold in the desktop, then warm, old against new).
 * With {@code packaged}, the same starts on the installed image's runtime and jars, without then
 * with the AppCDS archive of their first launch ({@link PackagedBench}).
 * The machine is shared: compare the ratios of one run, not absolute times across runs.
 */
public final class DesktopBench {

    static final int ORDERS = 5_000;
    static final int ACTIVITIES_PER_ORDER = 10;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String LOGIN = "advisor01";

    private DesktopBench() {
    }

    private static void ensureStore(Path db) throws Exception {
        if (!Files.exists(Path.of(db + ".mv.db"))) {
            long t = System.nanoTime();
            BenchStore.generate(url(db));
            System.out.printf("bench data: %d orders, %d activities generated in %d ms%n", ORDERS,
                    ORDERS * ACTIVITIES_PER_ORDER, (System.nanoTime() - t) / 1_000_000);
        }
        LocalDatabase.open(Path.of(db + ".mv.db")).close();  // brings the bench store to the current schema
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("empty")) {
            empty();
            System.exit(0);
        }
        if (args.length > 1 && (args[0].equals("app") || args[0].equals("before"))) {
            app(Path.of(args[1]), args[0].equals("before"));
            // also ends Maven's JVM when run by exec:java, whose thread joins would wait for the store's
            System.exit(0);
        }
        if (args.length > 0 && args[0].equals("packaged")) {
            // the installed image's runs alone (DesktopBench packaged), against its own empty window
            Path db = Path.of("target", "bench", "cession").toAbsolutePath();
            ensureStore(db);  // a missing store would open on the demo offer and wait there forever
            PackagedBench.report(db);
            return;
        }
        if (args.length > 1 && args[0].equals("query")) {
            BoardQueryProfile.main(new String[]{args[1]});
            return;
        }
        Path db = Path.of("target", "bench", "cession").toAbsolutePath();
        ensureStore(db);
        child("empty");  // warm the OS file cache once
        List<String> empty = child("empty");
        List<String> before = child("before", db.toString());
        List<String> app = child("app", db.toString());
        List<String> empty2 = child("empty");
        List<String> query = child("query", db.toString());
        long emptyMs = (value(empty, "FIRST_FRAME_MS") + value(empty2, "FIRST_FRAME_MS")) / 2;
        System.out.printf("empty JavaFX window, launch to first frame: %d ms (mean of 2: %d, %d)%n", emptyMs,
                value(empty, "FIRST_FRAME_MS"), value(empty2, "FIRST_FRAME_MS"));
        for (var run : List.of(Map.entry("before", before), Map.entry("now", app))) {
            List<String> out = run.getValue();
            long frame = value(out, "FIRST_FRAME_MS");
            System.out.printf("[%s] Ma journee (5,000 orders / 50,000 activities), launch to first interactive frame: "
                    + "%d ms, ratio to empty window %.2f%n", run.getKey(), frame, (double) frame / emptyMs);
            System.out.printf("[%s]   phases since JVM start: store open %d ms, my list read %d ms, window shown %d ms,"
                            + " whole board on screen %d ms%n", run.getKey(), value(out, "STORE_OPEN_MS"),
                    value(out, "MINE_READY_MS"), value(out, "WINDOW_SHOWN_MS"), value(out, "BOARD_SHOWN_MS"));
            System.out.printf("[%s]   queries in the desktop (cold JVM): my list %d ms, whole board %d ms%n",
                    run.getKey(), value(out, "MINE_QUERY_MS"), value(out, "BOARD_QUERY_MS"));
            System.out.printf("[%s]   board: search keystroke to columns updated: first %d ms, median %d ms, p95 %d ms"
                            + " (%d keystrokes)%n", run.getKey(), value(out, "SEARCH_FIRST_MS"),
                    value(out, "SEARCH_MEDIAN_MS"), value(out, "SEARCH_P95_MS"), value(out, "SEARCH_COUNT"));
            System.out.printf("[%s]   peak memory: RSS high-water mark %d MB, peak heap used %d MB%n", run.getKey(),
                    value(out, "PEAK_RSS_MB"), value(out, "PEAK_HEAP_MB"));
        }
        PackagedBench.report(db);
        System.out.println("board queries alone, same store, interleaved old/new in one JVM:");
        query.stream().filter(l -> l.startsWith("run ") || l.startsWith("open") || l.startsWith("first"))
                .forEach(l -> System.out.println("  " + l));
    }

    private static String url(Path db) {
        return "jdbc:h2:file:" + db + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static long value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> Long.parseLong(l.substring(key.length() + 1)))
                .findFirst().orElseThrow(() -> new IllegalStateException(key + " missing in " + lines));
    }

    private static List<String> child(String... args) throws Exception {
        return child(Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"),
                List.of(), args);
    }

    /** The same start on another java (the installed image's runtime), class path and extra JVM options. */
    static List<String> child(String java, String classPath, List<String> jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(headlessOptions());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classPath, DesktopBench.class.getName()));
        cmd.addAll(List.of(args));
        return run(new ProcessBuilder(cmd));
    }

    static List<String> headlessOptions() throws java.io.IOException {
        return List.of("-Xmx1g", "-Dlogback.configurationFile=" + logbackConfig(), "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-Djavafx.cachedir=target/openjfx-cache");
    }

    private static List<String> run(ProcessBuilder builder) throws Exception {
        Process p = builder.redirectErrorStream(true).start();
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

    /**
     * @param before the former start: store opened on the main thread before JavaFX, old queries;
     *               otherwise the store is opened and my list read while JavaFX starts
     */
    private static void app(Path db, boolean before) throws Exception {
        Path file = Path.of(db + ".mv.db");
        long[] storeOpen = new long[1];
        long[] mineReady = new long[1];
        Supplier<BoardQueries> opener = () -> {
            LocalDatabase store = LocalDatabase.open(file);
            storeOpen[0] = sinceJvmStart();
            BoardQueries q = before ? new LegacyBoardQueries(store.dsl()) : new JooqBoardQueries(store.dsl());
            return new TimedQueries(q, LOGIN, () -> mineReady[0] = sinceJvmStart());
        };
        BoardQueries queries;
        TimedQueries timed;
        if (before) {
            queries = opener.get();
            timed = (TimedQueries) queries;
        } else {
            PrefetchedBoardQueries prefetched = PrefetchedBoardQueries.start(opener, LOGIN);
            queries = prefetched;
            timed = null;
        }
        Actor actor = new Actor(LOGIN, "Conseiller 01", Role.COMMERCIAL, "LYON");
        Clock clock = Clock.fixed(OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC).toInstant(), PARIS);
        DesktopDependencies deps = new DesktopDependencies(actor, clock, PARIS, RuleSettings.SEED_004,
                unsupported(OrderFileRepository.class), queries, unsupported(OrderActions.class),
                SyncStatus.localOnly(), DemoDataOffer.NONE, Locale.FRANCE);
        FxTaskExecutor executor = new FxTaskExecutor(2);
        DesktopWindow[] window = new DesktopWindow[1];
        CountDownLatch ready = new CountDownLatch(1);
        long[] shown = new long[1];
        Platform.startup(() -> {
            Stage stage = new Stage();
            window[0] = new DesktopWindow(deps, stage, executor, m -> new FakeDialogs());
            window[0].show();
            shown[0] = sinceJvmStart();
            // interactive: my list is read and a frame has been laid out with it (however many rows
            // « Ma journée » makes of it on the bench's fixed day)
            window[0].scene().addPostLayoutPulseListener(() -> {
                if (window[0].viewModel().feed().mineReadsProperty().get() > 0 && ready.getCount() > 0) {
                    ready.countDown();
                }
            });
        });
        if (!ready.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("« Ma journée » never showed my list within 2 minutes");
        }
        System.out.println("FIRST_FRAME_MS=" + sinceJvmStart());
        System.out.println("TODAY_ROWS=" + window[0].viewModel().today().rows().size());

        var board = window[0].viewModel().board();
        // one card per order; the old queries read no order cards, so their board is on screen once filtered
        int expected = before ? 0 : ORDERS;
        waitUntil(() -> window[0].viewModel().feed().boardReadsProperty().get() > 0
                && board.appliedRequestProperty().get() == board.lastRequest()
                && board.shownProperty().get() == expected);
        System.out.println("BOARD_SHOWN_MS=" + sinceJvmStart());
        if (timed == null) {
            timed = (TimedQueries) ((PrefetchedBoardQueries) queries).store();
        }
        System.out.println("STORE_OPEN_MS=" + storeOpen[0]);
        System.out.println("MINE_READY_MS=" + mineReady[0]);
        System.out.println("WINDOW_SHOWN_MS=" + shown[0]);
        System.out.println("MINE_QUERY_MS=" + timed.mineMs());
        System.out.println("BOARD_QUERY_MS=" + timed.boardMs());
        List<Long> times = new ArrayList<>();
        String[] keys = {"l", "ly", "lyo", "lyon", "lyon-", "lyon-2", "lyon-20", "lyon-2026", "d", "du", "dur",
                "dura", "duran", "durand", "a", "ab", "ab-", "ab-1", "clio", "renault"};
        for (String text : keys) {
            long t = System.nanoTime();
            Platform.runLater(() -> board.searchProperty().set(text));
            waitUntil(() -> board.appliedRequestProperty().get() == board.lastRequest()
                    && text.equals(board.searchProperty().get()));
            times.add((System.nanoTime() - t) / 1_000_000);
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.println("SEARCH_FIRST_MS=" + times.get(0));
        System.out.println("SEARCH_MEDIAN_MS=" + sorted.get(sorted.size() / 2));
        System.out.println("SEARCH_P95_MS=" + sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
        System.out.println("SEARCH_COUNT=" + sorted.size());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("PEAK_HEAP_MB=" + peak / (1024 * 1024));
        System.out.println("PEAK_RSS_MB=" + peakRssKb() / 1024);
        executor.close();
        Platform.exit();
    }

    /** VmHWM: the process's resident set high-water mark, heap and native (JavaFX, H2 cache) alike. */
    private static long peakRssKb() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }

    /** Records how long the desktop's own reads take, and when my list was first read. */
    private static final class TimedQueries implements BoardQueries {
        private final BoardQueries delegate;
        private final String login;
        private final Runnable mineRead;
        private volatile long mineMs = -1;
        private volatile long boardMs = -1;

        TimedQueries(BoardQueries delegate, String login, Runnable mineRead) {
            this.delegate = delegate;
            this.login = login;
            this.mineRead = mineRead;
        }

        long mineMs() {
            return mineMs;
        }

        long boardMs() {
            return boardMs;
        }

        @Override
        public BoardSnapshot snapshot() {
            long t = System.nanoTime();
            BoardSnapshot s = delegate.snapshot();
            if (boardMs < 0) {
                boardMs = (System.nanoTime() - t) / 1_000_000;
            }
            return s;
        }

        @Override
        public BoardSnapshot snapshotFor(String user) {
            long t = System.nanoTime();
            BoardSnapshot s = delegate.snapshotFor(user);
            if (mineMs < 0 && login.equals(user)) {
                mineMs = (System.nanoTime() - t) / 1_000_000;
                mineRead.run();
            }
            return s;
        }

        @Override
        public boolean isEmpty() {
            return delegate.isEmpty();
        }
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
}
