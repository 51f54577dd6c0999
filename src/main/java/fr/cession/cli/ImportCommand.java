package fr.cession.cli;

import fr.cession.cli.imports.BackOfficeCsvReader;
import fr.cession.cli.imports.CsvColumn;
import fr.cession.cli.imports.CsvRow;
import fr.cession.cli.imports.CustomerIdentity;
import fr.cession.domain.order.Customer;
import fr.cession.domain.user.Actor;
import fr.cession.store.TimeOrderedIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import",
        description = {"Importe les commandes de l'export CSV du back office (colonnes décrites dans le README).",
                "Chaque ligne est vérifiée entière avant d'écrire ; une ligne rejetée n'empêche pas les suivantes.",
                "Un numéro déjà présent pour le même client est ignoré (« déjà importée ») ;",
                "pour un autre client, c'est un conflit signalé (code de sortie 1)."})
final class ImportCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);
    /** Rows written per transaction. */
    static final int BATCH = 500;
    /** Below this many rows the import is quick enough to need no progress lines. */
    private static final int PROGRESS_FROM = 2 * BATCH;

    private final CliEnvironment env;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FICHIER.csv",
            description = "Export CSV du back office (séparateur ; ou ,, UTF-8 avec ou sans BOM, ou Windows-1252).")
    Path file;

    @Option(names = "--base", paramLabel = "FICHIER",
            description = "Fichier de base H2 à utiliser à la place de celui de la configuration.")
    Path base;

    ImportCommand(CliEnvironment env) {
        this.env = env;
    }

    /** What happened to the rows, for the summary and the log line. */
    private static final class Tally {
        int imported;
        int already;
        int rejected;
        int conflicts;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("Fichier introuvable : " + file);
            return CessionCommandLine.USAGE_ERROR;
        }
        long start = System.nanoTime();
        Actor actor = env.actor();
        BackOfficeCsvReader.CsvFile csv;
        try {
            csv = new BackOfficeCsvReader(new TimeOrderedIds(env.clock())).readFile(file, actor.site(), actor.login());
        } catch (BackOfficeCsvReader.UnreadableFileException e) {
            err.println(file.getFileName() + " : " + e.getMessage());
            LOG.info("Import de {} refusé : {}", file.getFileName(), e.getMessage());
            return CessionCommandLine.BUSINESS_ERROR;
        }
        List<CsvRow> rows = csv.rows();
        out.println(file.getFileName() + " : encodage " + csv.encoding() + ", " + rows.size() + " ligne(s) de données");
        csv.unknownColumns().forEach(c -> err.println(file.getFileName() + " : colonne inconnue « " + c
                + " » ignorée (colonnes attendues : voir « import --aide » et le README)"));
        Tally tally = new Tally();
        try (StoreSession store = env.openStore(base, false)) {
            Map<String, Customer> stored = store.customersByNumber(
                    rows.stream().filter(CsvRow::readable).map(CsvRow::number).distinct().toList());
            Map<String, CsvRow> seen = new HashMap<>();
            List<CsvRow> batch = new ArrayList<>(BATCH);
            Progress progress = new Progress(out, rows.size());
            for (CsvRow row : rows) {
                if (admit(row, stored, seen, tally, out, err)) {
                    batch.add(row);
                }
                if (batch.size() == BATCH) {
                    write(store, batch, tally, err);
                }
                progress.rowDone();
            }
            write(store, batch, tally, err);
        }
        if (csv.stoppedAt() != null) {
            err.println(file.getFileName() + " : " + csv.stoppedAt());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.printf("Import de %s : %d importée(s), %d déjà importée(s), %d rejetée(s) sur %d ligne(s)%s.%n",
                file.getFileName(), tally.imported, tally.already, tally.rejected, rows.size(),
                tally.conflicts == 0 ? "" : ", dont " + tally.conflicts + " conflit(s) de numéro à régler");
        LOG.info("Import de {} ({}) : {} ligne(s) lue(s), {} importée(s), {} déjà importée(s), {} rejetée(s) "
                        + "dont {} conflit(s), {}en {} ms", file.getFileName(), csv.encoding(), rows.size(),
                tally.imported, tally.already, tally.rejected, tally.conflicts,
                csv.stoppedAt() == null ? "" : "lecture arrêtée avant la fin, ", millis);
        return tally.rejected == 0 && csv.stoppedAt() == null ? CessionCommandLine.OK
                : CessionCommandLine.BUSINESS_ERROR;
    }

    /**
     * Whether the row goes to the store: readable, and its number new. The same number for the
     * same customer (in the store or earlier in the file) is the same order imported twice; for
     * another customer it is a conflict, reported with both.
     */
    private boolean admit(CsvRow row, Map<String, Customer> stored, Map<String, CsvRow> seen, Tally tally,
                          PrintWriter out, PrintWriter err) {
        if (!row.readable()) {
            tally.rejected++;
            row.errors().forEach(e -> err.println(where(row) + e));
            return false;
        }
        CustomerIdentity who = CustomerIdentity.of(row.draft().customer());
        CsvRow earlier = seen.putIfAbsent(row.number(), row);
        Customer known = stored.get(row.number());
        if (known != null) {
            CustomerIdentity inStore = CustomerIdentity.of(known);
            if (inStore.sameAs(who)) {
                tally.already++;
                out.println(where(row) + "commande " + row.number() + " déjà importée");
            } else {
                conflict(row, "la base locale", inStore, who, tally, err);
            }
            return false;
        }
        if (earlier == null) {
            return true;
        }
        CustomerIdentity first = CustomerIdentity.of(earlier.draft().customer());
        if (first.sameAs(who)) {
            tally.already++;
            out.println(where(row) + "commande " + row.number() + " déjà lue ligne " + earlier.line()
                    + " (même client) : ignorée");
        } else {
            conflict(row, "la ligne " + earlier.line() + " du fichier", first, who, tally, err);
        }
        return false;
    }

    private void conflict(CsvRow row, String where, CustomerIdentity first, CustomerIdentity second, Tally tally,
                          PrintWriter err) {
        tally.rejected++;
        tally.conflicts++;
        err.println(where(row) + "colonne « numero » : conflit : le numéro " + row.number() + " est déjà pris dans "
                + where + " par une commande d'un autre client (" + first.shown() + ", ici " + second.shown()
                + ") ; ligne non importée : vérifiez le numéro avec le back office");
    }

    private void write(StoreSession store, List<CsvRow> batch, Tally tally, PrintWriter err) {
        if (batch.isEmpty()) {
            return;
        }
        List<List<OrderRejectedException.Reason>> outcome = store.createAll(batch.stream().map(CsvRow::draft).toList());
        for (int i = 0; i < batch.size(); i++) {
            CsvRow row = batch.get(i);
            List<OrderRejectedException.Reason> reasons = outcome.get(i);
            if (reasons.isEmpty()) {
                tally.imported++;
            } else {
                tally.rejected++;
                reasons.forEach(r -> err.println(where(row) + column(r) + r.message()));
            }
        }
        batch.clear();
    }

    private String where(CsvRow row) {
        return file.getFileName() + ", ligne " + row.line() + ", ";
    }

    private static String column(OrderRejectedException.Reason reason) {
        return CsvColumn.byField(reason.field()).map(c -> "colonne « " + c.header() + " » : ")
                .orElse(reason.field() == null ? "" : "champ « " + reason.field() + " » : ");
    }

    /** One console line per tenth of the file, only for files long enough to wait on. */
    private static final class Progress {
        private final PrintWriter out;
        private final int total;
        private int done;
        private int lastTenth;

        Progress(PrintWriter out, int total) {
            this.out = out;
            this.total = total;
        }

        void rowDone() {
            done++;
            if (total < PROGRESS_FROM) {
                return;
            }
            int tenth = (int) (10L * done / total);
            if (tenth > lastTenth && done < total) {
                lastTenth = tenth;
                out.printf("  … %d/%d lignes traitées (%d %%)%n", done, total, tenth * 10);
                out.flush();
            }
        }
    }
}
