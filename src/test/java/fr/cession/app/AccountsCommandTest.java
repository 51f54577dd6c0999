package fr.cession.app;

import fr.cession.cli.accounts.AccountsCommand;
import fr.cession.sync.CentralPg;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.central.CentralLogin;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, administration: {@code cession comptes …} run by an organisation's main account,
 * connected as themselves; the central database decides, the command says its answer.
 */
class AccountsCommandTest {

    private record Run(int code, String out, String err) {
    }

    private final Path data = AppTestFolders.freshDataFolder();
    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String main = "chef_" + tag;
    private final String advisor = "conseil_" + tag;
    private final String adv = "adv_" + tag;
    private DataSource central;
    private Map<String, String> properties;

    private void centralWithAnOrganisation() throws IOException {
        central = CentralPg.newDatabase();
        CentralAccounts admin = new CentralAccounts(new CentralDatabase(central));
        UUID org = admin.createOrganisation("DISTRIB", "Distributeur", "DISTRIBUTEUR");
        admin.createSite(org, "LYON", "Lyon");
        admin.createSite(org, "PARIS", "Paris");
        admin.createPerson(main, "mot-de-passe-chef".toCharArray(), "Compte principal", org, "LYON",
                List.of("ADMINISTRATEUR"), true);
        admin.createPerson(advisor, "mot-de-passe-conseil".toCharArray(), "Alice Conseil", org, "LYON",
                List.of("COMMERCIAL"), false);
        Path config = Files.createDirectories(data.resolve("config"));
        Files.copy(Path.of("config", "playbook-b2c.yaml"), config.resolve("playbook-b2c.yaml"));
        Files.writeString(config.resolve("cession.properties"), "site.code=LYON\ncentral.url=" + CentralPg.url(central) + "\n");
        properties = new HashMap<>(AppTestFolders.properties(data));
        properties.put(AppConfigLoader.CONFIG_PROPERTY, config.toString());
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new Launcher(properties, new DataLocations(properties, env)).commandLine(new AppModule(),
                AppTestFolders.CLOCK);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private static Map<String, String> as(String login, String password) {
        return new HashMap<>(Map.of(AppCliEnvironment.USER_VARIABLE, login, AppCliEnvironment.PASSWORD_VARIABLE, password));
    }

    private CentralLogin.Outcome logIn(String login, String password) {
        return new CentralLogin(CentralPg.url(central), 3).check(login, password.toCharArray());
    }

    @Test
    void theMainAccountCreatesResetsMovesAndDisablesItsPeopleAndExportsTheTrail() throws IOException {
        centralWithAnOrganisation();
        Map<String, String> chef = as(main, "mot-de-passe-chef");

        Run created = run(chef, "comptes", "creer", adv, "--nom", "Bruno ADV", "--site", "LYON", "--roles", "adv,manager");
        assertThat(created.code()).as(created.err()).isZero();
        Matcher drawn = Pattern.compile("affiché une seule fois\\) : (\\S+)").matcher(created.out());
        assertThat(drawn.find()).as(created.out()).isTrue();
        assertThat(drawn.group(1)).hasSize(16);
        assertThat(logIn(adv, drawn.group(1))).isInstanceOf(CentralLogin.Outcome.Person.class);

        chef.put(AccountsCommand.NEW_PASSWORD_VARIABLE, "nouveau-mot-de-passe-adv");
        Run reset = run(chef, "comptes", "mot-de-passe", adv);
        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("Mot de passe de « " + adv + " » changé.").doesNotContain("nouveau-mot-de-passe");
        assertThat(logIn(adv, "nouveau-mot-de-passe-adv")).isInstanceOf(CentralLogin.Outcome.Person.class);
        assertThat(run(chef, "comptes", "site", adv, "PARIS").code()).isZero();
        assertThat(run(chef, "comptes", "roles", adv, "ADV").code()).isZero();
        assertThat(run(chef, "comptes", "liste").out()).containsPattern(adv + "\\s+Bruno ADV\\s+PARIS\\s+ADV\\s+actif");

        Run disabled = run(chef, "comptes", "desactiver", advisor);
        assertThat(disabled.code()).as(disabled.err()).isZero();
        assertThat(disabled.out()).contains("désactivé", "Aucune activité ouverte à son nom.");
        assertThat(logIn(advisor, "mot-de-passe-conseil")).isInstanceOf(CentralLogin.Outcome.Disabled.class);

        Path csv = data.resolve("journal.csv");
        Run journal = run(chef, "comptes", "journal", "--csv", csv.toString());
        assertThat(journal.code()).as(journal.err()).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Date;Par;Action;Compte concerné;Détail",
                ";" + main + ";compte créé;" + adv, ";mot de passe changé;", ";site changé;", ";rôles changés;",
                ";compte désactivé;" + advisor, ";connexion;" + adv);
    }

    @Test
    void theCentralDatabaseRefusesWhatThePersonMayNotDoAndSaysWhy() throws IOException {
        centralWithAnOrganisation();
        Run refused = run(as(advisor, "mot-de-passe-conseil"), "comptes", "creer", "intrus_" + tag, "--nom", "Intrus",
                "--site", "LYON", "--roles", "MANAGER");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("Refusé par la base centrale : ").contains("compte principal");
        Run journal = run(as(advisor, "mot-de-passe-conseil"), "comptes", "journal");
        assertThat(journal.code()).isEqualTo(1);
        assertThat(journal.err()).contains("un manager ou le compte principal");

        Run wrong = run(as(main, "pas-le-bon"), "comptes", "liste");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("Identifiant ou mot de passe incorrect");
        Run help = run(Map.of(), "comptes", "creer", "--aide");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--nom", "--roles", "--principal");
        Run nobody = run(Map.of(), "comptes", "liste");
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).contains(AppCliEnvironment.USER_VARIABLE);
    }
}
