package fr.cession.app;

import fr.cession.store.LocalDatabase;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.SALES_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

/** The commands as the user runs them: real configuration, real H2 file, real workflow. */
class CommandLineOnH2Test {

    private final Path data = AppTestFolders.freshDataFolder();

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = AppTestFolders.launcher(data).commandLine(new AppModule(), AppTestFolders.CLOCK);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private List<String> numbersAndPlates() {
        try (LocalDatabase db = LocalDatabase.open(data.resolve("cession"))) {
            return db.dsl().select(SALES_ORDER.NUMBER, SALES_ORDER.VEHICLE_PLATE).from(SALES_ORDER)
                    .orderBy(SALES_ORDER.NUMBER).fetch(r -> r.value1() + " " + r.value2());
        }
    }

    private long[] ordersAndChanges() {
        try (LocalDatabase db = LocalDatabase.open(data.resolve("cession"))) {
            return new long[] {db.dsl().fetchCount(SALES_ORDER), db.dsl().fetchCount(CHANGE_OP)};
        }
    }

    @Test
    void theSameSeedGivesTheSameDemoDataAndAFilledBaseIsOnlyReplacedOnRequest() {
        Run first = run("demo", "--commandes", "50", "--graine", "7");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("50 commandes", data.resolve("cession.mv.db").toString());
        List<String> before = numbersAndPlates();
        assertThat(before).hasSize(50).allMatch(s -> s.matches("DEMO-\\d{4}-\\d{5} [A-Z]{2}-\\d{3}-[A-Z]{2}"));

        Run refused = run("demo", "--commandes", "50", "--graine", "7");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("contient déjà 50 commandes", "--remplacer");

        Run again = run("demo", "--commandes", "50", "--graine", "7", "--remplacer");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(numbersAndPlates()).isEqualTo(before);
    }

    @Test
    void importKeepsTheBackOfficeNumbersReportsEachRejectedCellAndASecondImportChangesNothing() throws Exception {
        String csv = Path.of(CommandLineOnH2Test.class.getResource("/import/export-bo.csv").toURI()).toString();
        Run first = run("import", csv);
        assertThat(first.code()).isEqualTo(1);
        assertThat(first.out()).contains("2 importée(s), 0 déjà importée(s), 3 rejetée(s) sur 5 ligne(s)");
        assertThat(first.err()).contains(
                "export-bo.csv, ligne 4, colonne « date_reservation » : date illisible « 32/03/2025 »",
                "export-bo.csv, ligne 5, colonne « paiement » : valeur inconnue « CB »",
                "export-bo.csv, ligne 6, colonne « vin » : VIN : « VF1BADVIN00000000 »");
        assertThat(numbersAndPlates()).containsExactly("BO-2025-0101 GH-412-KL", "BO-2025-0102 FT-903-BC");
        long[] counts = ordersAndChanges();

        Run second = run("import", csv);
        assertThat(second.out()).contains("commande BO-2025-0101 déjà importée",
                "0 importée(s), 2 déjà importée(s), 3 rejetée(s)");
        assertThat(ordersAndChanges()).containsExactly(counts);
    }

    @Test
    void syncWithoutCentralDatabaseSaysTheStationWorksAlone() {
        Run sync = run("sync");
        assertThat(sync.out()).contains("Mode local : aucune base centrale configurée",
                "fonctionnement local uniquement");
        assertThat(sync.code()).isEqualTo(1);
        Run status = run("sync", "--statut");
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("Mode local");
    }

    @Test
    void resolvingAConflictThatIsNotThereSaysSoWithoutATrace() {
        Run resolve = run("sync", "--resoudre", "0190e3b8-0000-7000-8000-000000000001", "--valeur", "VENDUE");
        assertThat(resolve.out()).contains("Conflit introuvable");
        assertThat(resolve.err()).isEmpty();
        assertThat(resolve.code()).isEqualTo(1);
    }

    @Test
    void helpListsTheSyncCommandWithoutOpeningTheDatabase() {
        Run help = run("--aide");
        assertThat(help.out()).contains("sync", "demo", "import");
        assertThat(data.resolve("cession.mv.db")).doesNotExist();
    }
}
