package fr.cession.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code comptes-clients}: seed 000's accounts and 004:13's authorised collectors, on the real H2 store. */
class CustomerAccountsCommandTest {

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

    @Test
    void createListAddAndDisableWithFrenchRefusals() {
        Run created = run("comptes-clients", "creer", "Transports Durand", "--type", "societe", "--siren", "443061841");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("Compte client « Transports Durand » créé (société, acompte 15 %)");

        Run noLicence = run("comptes-clients", "ajouter", "transports durand", "Luc Bernard");
        assertThat(noLicence.code()).isEqualTo(1);
        assertThat(noLicence.err()).contains("N° de permis ou de pièce d'identité : obligatoire");

        assertThat(run("comptes-clients", "ajouter", "Transports Durand", "Luc Bernard", "--piece", "12AB34567").code())
                .isZero();
        assertThat(run("comptes-clients", "creer", "Garage Lenoir", "--type", "PROFESSIONNEL", "--acompte", "20",
                "--commission", "350").code()).isZero();
        assertThat(run("comptes-clients", "desactiver", "Transports Durand", "luc bernard").code()).isZero();

        Run list = run("comptes-clients", "liste");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Garage Lenoir (professionnel) : acompte 20 %, commission 350.00 €",
                "Transports Durand (société), 443061841 : acompte 15 %, commission 0.00 €",
                "    Luc Bernard (12AB34567) — désactivée");

        Run unknownKind = run("comptes-clients", "creer", "X", "--type", "PARTICULIER");
        assertThat(unknownKind.code()).isEqualTo(1);
        assertThat(unknownKind.err()).contains("--type « PARTICULIER » : SOCIETE ou PROFESSIONNEL attendu");
        assertThat(run("comptes-clients", "ajouter", "Inconnu", "Paul").err())
                .contains("Compte client « Inconnu » : introuvable");
    }
}
