package fr.cession.app.bench;

import fr.cession.app.ImportBenchSupport;
import fr.cession.domain.demo.Identifiers;
import fr.cession.store.LocalDatabase;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Not a test: measures the {@code import} command (CSV read, every row checked, workflow, batched
 * writes with history and outbox) on a generated back-office export, against a plain JDBC batch
 * insert of exactly the rows the import wrote (every table, change_op and change_field), in the
 * same run, each into a fresh H2 file under target/. Also runs the import as it was before
 * batches (one transaction per row) on a smaller file for comparison. Each phase is given in wall
 * time and in the process's CPU time: on a machine shared with other work, the wall time counts
 * the waits for a core, the CPU time only what the phase itself costs.
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) fr.cession.app.bench.ImportBenchmark [rows] [rows one by one]
 * </pre>
 */
public final class ImportBenchmark {

    private static final List<String> TABLES = List.of("sales_order", "activity", "checklist_item", "order_document",
            "payment", "approval_request", "change_op", "change_field");
    private static final String[] FIRST = {"Léa", "Hugo", "Inès", "Jules", "Chloé", "Théo", "Zoé", "Maël"};
    private static final String[] LAST = {"Dubois", "Petit", "Moreau", "Lefèvre", "Garnier", "Faure", "Roux"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int oneByOne = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path work = Path.of("target", "bench-import", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(work);
        // Warm-up so each path runs compiled code.
        timeImport(work, csv(work, "echauffement", 500, 1), false);
        Path big = csv(work, "export", rows, 2);
        long batched = timeImport(work, big, false);
        long batchedCpu = lastCpu;
        Path data = lastData;
        long bytes = Files.size(data.resolve("cession.mv.db"));
        long jdbc = plainJdbcCopy(data.resolve("cession"), work.resolve("jdbc-" + UUID.randomUUID()));
        long jdbcCpu = lastCpu;
        long before = timeImport(work, csv(work, "avant", oneByOne, 3), true);
        long beforeCpu = lastCpu;

        System.out.printf(Locale.ROOT, "import par lots      : %,d lignes en %6.2f s : %,8.0f lignes/s%n",
                rows, batched / 1e9, rows / (batched / 1e9));
        System.out.printf(Locale.ROOT, "JDBC batch brut      : mêmes lignes écrites (%,d) en %6.2f s : %,8.0f commandes/s%n",
                copiedRows, jdbc / 1e9, rows / (jdbc / 1e9));
        System.out.printf(Locale.ROOT, "rapport import / JDBC brut : %.2f%n", (double) batched / jdbc);
        System.out.printf(Locale.ROOT, "base après import (fermée, donc compactée si elle a grossi) : %,d octets par commande%n",
                bytes / rows);
        System.out.printf(Locale.ROOT, "avant (une transaction par ligne) : %,d lignes en %6.2f s : %,8.0f lignes/s"
                + " (import par lots %.1f fois plus rapide)%n", oneByOne, before / 1e9, oneByOne / (before / 1e9),
                (oneByOne / (before / 1e9)) == 0 ? 0 : (rows / (batched / 1e9)) / (oneByOne / (before / 1e9)));
        System.out.printf(Locale.ROOT, "temps CPU du processus : import %6.2f s (%,.0f lignes par seconde de CPU),"
                        + " JDBC brut %6.2f s, rapport %.2f ; une transaction par ligne : %,.0f lignes par seconde de CPU%n",
                batchedCpu / 1e9, rows / (batchedCpu / 1e9), jdbcCpu / 1e9, (double) batchedCpu / jdbcCpu,
                oneByOne / (beforeCpu / 1e9));
    }

    /** CPU time of the whole process (every thread: H2's writer, the JIT, the collector). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Path lastData;
    private static long copiedRows;
    private static long lastCpu;

    private static long timeImport(Path work, Path csv, boolean oneByOne) {
        Path data = work.resolve("donnees-" + UUID.randomUUID());
        lastData = data;
        CommandLine cl = ImportBenchSupport.commandLine(data, Clock.systemDefaultZone(), oneByOne);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        long cpu = processCpu();
        long start = System.nanoTime();
        int code = cl.execute("import", csv.toString());
        long nanos = System.nanoTime() - start;
        lastCpu = processCpu() - cpu;
        if (code != 0) {
            throw new IllegalStateException("import en échec (" + code + ") : " + err.toString().lines().limit(5).toList());
        }
        return nanos;
    }

    /** A back-office export of {@code n} valid rows (identifiers with their check keys). */
    private static Path csv(Path work, String name, int n, long seed) throws IOException {
        Random random = new Random(seed);
        Identifiers ids = new Identifiers(random);
        DateTimeFormatter fr = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        LocalDate reserved = LocalDate.now().minusDays(1);
        StringBuilder b = new StringBuilder("numero;date_reservation;frais_reservation;type_client;prenom;nom;email;"
                + "telephone;adresse;vin;immatriculation;marque;modele;mise_en_circulation;kilometrage;prix;paiement;"
                + "remise\n");
        for (int i = 1; i <= n; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            b.append("BO-").append(seed).append('-').append(i).append(';').append(reserved.format(fr)).append(";250,00;")
                    .append("PARTICULIER;").append(first).append(';').append(last).append(';')
                    .append("client").append(i).append("@exemple.fr;06 12 34 56 78;12 rue Pasteur, 69003 Lyon;")
                    .append(ids.vin("VF1", 2020)).append(';').append(ids.sivPlate()).append(";Renault;Clio V;")
                    .append("12/05/2020;45 000;15 990,00;").append(i % 3 == 0 ? "CHQ" : "VIR").append(';')
                    .append(i % 4 == 0 ? "LIVRAISON" : "CESSION").append('\n');
        }
        Path f = work.resolve(name + ".csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

    /** Every row the import wrote, read back, then written into a fresh file by plain JDBC batches (timed). */
    private static long plainJdbcCopy(Path source, Path target) throws SQLException {
        List<List<Object[]>> tables = new ArrayList<>();
        List<String> inserts = new ArrayList<>();
        try (LocalDatabase db = LocalDatabase.open(source); Connection c = db.dataSource().getConnection()) {
            for (String t : TABLES) {
                List<Object[]> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData md = rs.getMetaData();
                    StringBuilder cols = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        cols.append(i == 1 ? "" : ", ").append(md.getColumnName(i));
                    }
                    inserts.add("INSERT INTO " + t + " (" + cols + ") VALUES ("
                            + "?, ".repeat(md.getColumnCount() - 1) + "?)");
                    while (rs.next()) {
                        Object[] row = new Object[md.getColumnCount()];
                        for (int i = 0; i < row.length; i++) {
                            Object v = rs.getObject(i + 1);
                            // an array (a creation's fields) is only readable while its result set is open
                            row[i] = v instanceof java.sql.Array a ? a.getArray() : v;
                        }
                        rows.add(row);
                    }
                }
                tables.add(rows);
            }
        }
        copiedRows = tables.stream().mapToLong(List::size).sum();
        try (LocalDatabase db = LocalDatabase.open(target); Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long cpu = processCpu();
            long start = System.nanoTime();
            for (int t = 0; t < TABLES.size(); t++) {
                try (PreparedStatement ps = c.prepareStatement(inserts.get(t))) {
                    int pending = 0;
                    for (Object[] row : tables.get(t)) {
                        for (int i = 0; i < row.length; i++) {
                            ps.setObject(i + 1, row[i]);
                        }
                        ps.addBatch();
                        if (++pending == 5_000) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                    ps.executeBatch();
                }
            }
            c.commit();
            lastCpu = processCpu() - cpu;
            return System.nanoTime() - start;
        }
    }
}
