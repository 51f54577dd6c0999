package fr.cession.app.bench;

import fr.cession.app.ImportBenchSupport;
import fr.cession.store.LocalDatabase;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/**
 * Not a test: the local store's size per order for the demonstration data, as the {@code demo}
 * command leaves it (closed, so compacted when it grew), and where the bytes go per table
 * (H2's DISK_SPACE_USED, indexes included). The baseline is the data itself: the sum of the
 * tables' sizes, against which the file's size is given as a ratio (1.0 = no wasted space).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) fr.cession.app.bench.StoreSizeBenchmark [orders]
 * </pre>
 */
public final class StoreSizeBenchmark {

    private StoreSizeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path data = Path.of("target", "bench-size", UUID.randomUUID().toString()).toAbsolutePath();
        CommandLine cl = ImportBenchSupport.commandLine(data, Clock.systemDefaultZone(), false);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        long start = System.nanoTime();
        int code = cl.execute("demo", "--commandes", String.valueOf(orders));
        if (code != 0) {
            throw new IllegalStateException("demo en échec : " + out);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        Path file = data.resolve("cession.mv.db");
        long size = Files.size(file);
        System.out.printf(Locale.ROOT, "demo --commandes %d : %,d octets, %,d octets par commande (%d s, fermeture comprise)%n",
                orders, size, size / orders, seconds);
        long tables = 0;
        try (LocalDatabase db = LocalDatabase.open(file)) {
            var rows = db.dsl().fetch("SELECT table_name, DISK_SPACE_USED(table_name) FROM information_schema.tables"
                    + " WHERE table_schema = 'public' ORDER BY 2 DESC");
            for (var r : rows) {
                long used = r.get(1, Long.class);
                tables += used;
                if (used > 0) {
                    System.out.printf(Locale.ROOT, "  %-18s %,12d octets  %,8d par commande%n", r.get(0, String.class),
                            used, used / orders);
                }
            }
        }
        System.out.printf(Locale.ROOT, "données des tables : %,d octets ; rapport fichier / données : %.2f%n",
                tables, (double) size / tables);
    }
}
