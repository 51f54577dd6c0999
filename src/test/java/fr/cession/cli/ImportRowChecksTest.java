package fr.cession.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, import: no row is dropped silently. Each case below was seen on a real export: a row
 * the store cannot hold is reported with its line, column and reason, and the next rows load.
 */
class ImportRowChecksTest {

    static final String HEADER = "numero;date_reservation;frais_reservation;prenom;nom;vin;immatriculation;paiement;remise";

    @TempDir
    Path dir;

    private final FakeEnvironment env = new FakeEnvironment();

    static String row(String number, String firstName, String lastName) {
        return number + ";03/03/2025;250;" + firstName + ";" + lastName + ";VF1RJA00067012345;GH-412-KL;VIR;CESSION";
    }

    private String file(String name, Charset charset, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
        return f.toString();
    }

    @Test
    void anOverLongFieldIsReportedAndTheNextRowStillLoads() throws IOException {
        String longName = "D" + "u".repeat(100);
        CliRun run = CliRun.of(env, "import", file("long.csv", StandardCharsets.UTF_8, HEADER,
                row("BO-1", "Léa", longName), row("BO-2", "Hugo", "Petit")));
        assertThat(run.exitCode()).isEqualTo(1);
        // 80: the size of sales_order.customer_last_name, read from the generated jOOQ table
        assertThat(run.err()).contains("long.csv, ligne 2, colonne « nom » : trop long : 101 caractères, 80 au plus")
                .doesNotContainIgnoringCase("insert");
        assertThat(env.orders).containsOnlyKeys("BO-2");
        assertThat(run.out()).contains("1 importée(s), 0 déjà importée(s), 1 rejetée(s) sur 2 ligne(s)");
    }

    @Test
    void aWindows1252FileFromExcelIsReadWithItsAccents() throws IOException {
        CliRun run = CliRun.of(env, "import", file("excel.csv", Charset.forName("windows-1252"), HEADER,
                row("BO-1", "Léa", "Dubois-Müller"), row("BO-2", "Inès", "Lefèvre")));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("encodage Windows-1252");
        assertThat(env.orders.get("BO-1").order().customer().lastName()).isEqualTo("Dubois-Müller");
        assertThat(env.orders.get("BO-2").order().customer().firstName()).isEqualTo("Inès");
    }

    @Test
    void aUtf8FileWithItsByteOrderMarkIsRead() throws IOException {
        Path f = dir.resolve("bom.csv");
        byte[] body = (HEADER + "\n" + row("BO-1", "Léa", "Dubois") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        CliRun run = CliRun.of(env, "import", f.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("encodage UTF-8 avec BOM");
        assertThat(env.orders.get("BO-1").order().customer().firstName()).isEqualTo("Léa");
    }

    @Test
    void anEncodingThatIsNeitherIsNamedWithTheWordEncodage() throws IOException {
        CliRun run = CliRun.of(env, "import", file("unicode.csv", StandardCharsets.UTF_16LE, HEADER,
                row("BO-1", "Léa", "Dubois")));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unicode.csv : encodage UTF-16").contains("UTF-8");
        assertThat(env.orders).isEmpty();
    }

    @Test
    void aRowWithExtraColumnsIsRejectedWhole() throws IOException {
        CliRun run = CliRun.of(env, "import", file("extra.csv", StandardCharsets.UTF_8, HEADER,
                row("BO-1", "Léa", "Dubois") + ";en trop", row("BO-2", "Hugo", "Petit")));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("extra.csv, ligne 2, 10 valeurs pour 9 colonnes dans l'en-tête");
        assertThat(env.orders).containsOnlyKeys("BO-2");
    }

    @Test
    void theSameNumberForAnotherCustomerIsAConflictWithExitCode1() throws IOException {
        CliRun.of(env, "import", file("first.csv", StandardCharsets.UTF_8, HEADER, row("BO-1", "Léa", "Dubois")));
        CliRun run = CliRun.of(env, "import", file("second.csv", StandardCharsets.UTF_8, HEADER,
                row("BO-1", "Léa", "DUBOIS"), row("BO-1", "Hugo", "Petit"), row("BO-2", "Inès", "Moreau"),
                row("BO-2", "Jules", "Morin")));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("second.csv, ligne 2, commande BO-1 déjà importée");
        assertThat(run.err()).contains(
                "second.csv, ligne 3, colonne « numero » : conflit : le numéro BO-1 est déjà pris dans la base locale"
                        + " par une commande d'un autre client (Léa Dubois, ici Hugo Petit)",
                "second.csv, ligne 5, colonne « numero » : conflit : le numéro BO-2 est déjà pris dans la ligne 4"
                        + " du fichier");
        assertThat(run.out()).contains("1 importée(s), 1 déjà importée(s), 2 rejetée(s) sur 4 ligne(s), "
                + "dont 2 conflit(s) de numéro");
        assertThat(env.orders.get("BO-1").order().customer().firstName()).isEqualTo("Léa");
        assertThat(env.orders.get("BO-2").order().customer().firstName()).isEqualTo("Inès");
    }

    @Test
    void aNulByteOrAControlCharacterIsRefusedWithItsPosition() throws IOException {
        CliRun run = CliRun.of(env, "import", file("nul.csv", StandardCharsets.UTF_8, HEADER,
                row("BO-1", "Léa", "Dub\u0000ois"), row("BO-2", "Hu\u0007go", "Petit"), row("BO-3", "Inès", "Moreau")));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(
                "nul.csv, ligne 2, colonne « nom » : caractère de contrôle interdit (NUL, U+0000) en position 4",
                "nul.csv, ligne 3, colonne « prenom » : caractère de contrôle interdit (U+0007) en position 3");
        assertThat(env.orders).containsOnlyKeys("BO-3");
    }

    @Test
    void amountsBeyondTheColumnsDigitsAndBrokenQuotesAreReported() throws IOException {
        CliRun run = CliRun.of(env, "import", file("nombres.csv", StandardCharsets.UTF_8, HEADER,
                "BO-1;03/03/2025;123456789012;Léa;Dubois;VF1RJA00067012345;GH-412-KL;VIR;CESSION",
                "BO-2;03/03/2025;250,123;Léa;Dubois;VF1RJA00067012345;GH-412-KL;VIR;CESSION",
                row("BO-3", "Hugo", "Petit"),
                "BO-4;03/03/2025;250;\"Inès;Moreau;VF1RJA00067012345;GH-412-KL;VIR;CESSION"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(
                "nombres.csv, ligne 2, colonne « frais_reservation » : nombre trop grand « 123456789012 »",
                "nombres.csv, ligne 3, colonne « frais_reservation » : « 250,123 » : 2 décimales au plus",
                "guillemet (\") non fermé");
        assertThat(env.orders).containsOnlyKeys("BO-3");
    }

    @Test
    void aLongFileShowsItsProgressInTenSteps() throws IOException {
        String[] lines = new String[2_001];
        lines[0] = HEADER;
        for (int i = 1; i <= 2_000; i++) {
            lines[i] = row("BO-" + i, "Léa", "Dubois");
        }
        CliRun run = CliRun.of(env, "import", file("gros.csv", StandardCharsets.UTF_8, lines));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  … 200/2000 lignes traitées (10 %)", "  … 1800/2000 lignes traitées (90 %)");
        assertThat(run.out().lines().filter(l -> l.contains("lignes traitées")).count()).isEqualTo(9);
        assertThat(env.orders).hasSize(2_000);
    }
}
