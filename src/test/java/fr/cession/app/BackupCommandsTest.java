package fr.cession.app;

import fr.cession.store.LocalDatabase;
import fr.cession.store.LockHolder;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static fr.cession.store.schema.Tables.SALES_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sauvegarde} and {@code restauration} as a person runs them, on the configured store. */
class BackupCommandsTest {

    private final Path data = AppTestFolders.freshDataFolder();

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = AppTestFolders.launcher(data).commandLine(new AppModule(), AppTestFolders.CLOCK);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private List<String> numbers() {
        try (LocalDatabase db = LocalDatabase.open(data.resolve("cession"))) {
            return db.dsl().select(SALES_ORDER.NUMBER).from(SALES_ORDER).orderBy(SALES_ORDER.NUMBER).fetch(SALES_ORDER.NUMBER);
        }
    }

    @Test
    void aCopyPutBackGivesTheStoreAsItWasAndKeepsTheReplacedOneAside() {
        assertThat(run("demo", "--commandes", "12", "--graine", "3").code()).isZero();
        List<String> saved = numbers();
        Path zip = data.resolve("copie.zip");

        Run backup = run("sauvegarde", zip.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Base locale copiée dans " + zip);
        assertThat(zip).exists();

        assertThat(run("demo", "--commandes", "5", "--graine", "9", "--remplacer").code()).isZero();
        assertThat(numbers()).hasSize(5);

        Run restore = run("restauration", zip.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Base locale restaurée", "la base remplacée est gardée dans");
        assertThat(numbers()).isEqualTo(saved);
        assertThat(data.resolve("sauvegardes")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("avant-restauration-"));

        Run again = run("sauvegarde", zip.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("existe déjà");
    }

    @Test
    void withoutAFileTheCopyGoesToTheBackupsFolder() {
        assertThat(run("demo", "--commandes", "3").code()).isZero();
        Run backup = run("sauvegarde");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(data.resolve("sauvegardes")).isDirectoryContaining(p -> p.getFileName().toString().matches("sauvegarde-\\d{8}-\\d{6}\\.zip"));
    }

    @Test
    void aZipThatHoldsNoStoreIsRefusedAndTheStoreStaysAsItIs() throws Exception {
        assertThat(run("demo", "--commandes", "4").code()).isZero();
        List<String> before = numbers();
        Path notABackup = data.resolve("photos.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(notABackup))) {
            z.putNextEntry(new ZipEntry("photo.jpg"));
            z.write(new byte[] {1, 2, 3});
        }

        Run restore = run("restauration", notABackup.toString());
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).contains("n'est pas une sauvegarde de Cession");
        assertThat(numbers()).isEqualTo(before);
        assertThat(run("restauration", data.resolve("absente.zip").toString()).err()).contains("Sauvegarde introuvable");
    }

    @Test
    void aStoreOpenInAnotherInstanceIsNeitherCopiedNorReplaced() throws Exception {
        assertThat(run("demo", "--commandes", "2").code()).isZero();
        Path zip = data.resolve("copie.zip");
        assertThat(run("sauvegarde", zip.toString()).code()).isZero();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), data.resolve("cession").toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null && !line.startsWith("OUVERT"); line = out.readLine()) {
                // H2 and logging lines before the store is open
            }
            Run backup = run("sauvegarde", data.resolve("autre.zip").toString());
            assertThat(backup.code()).isEqualTo(1);
            assertThat(backup.err()).contains("Sauvegarde impossible", "déjà ouvert par une autre instance");
            Run restore = run("restauration", zip.toString());
            assertThat(restore.code()).isEqualTo(1);
            assertThat(restore.err()).contains("Restauration impossible", "déjà ouvert par une autre instance");
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
    }
}
