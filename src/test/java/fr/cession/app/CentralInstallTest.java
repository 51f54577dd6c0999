package fr.cession.app;

import fr.cession.sync.CentralPg;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator installs the central schema from a station, then stations sync with it. */
class CentralInstallTest {

    private final Path data = AppTestFolders.freshDataFolder();

    private String[] run(Path config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> p = AppTestFolders.properties(data);
        p.put(AppConfigLoader.CONFIG_PROPERTY, config.toString());
        CommandLine cl = new Launcher(p, new DataLocations(p, Map.of())).commandLine(new AppModule(),
                AppTestFolders.CLOCK);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private Path configWithCentral(String url) throws IOException {
        return configWithCentral(url, "postgres", "");
    }

    private Path configWithCentral(String url, String user, String password) throws IOException {
        Path config = data.resolve("config");
        Files.createDirectories(config);
        for (String f : new String[] {"cession.properties", "playbook-b2c.yaml"}) {
            Files.copy(Path.of("config", f), config.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(config.resolve("central.properties"),
                "central.url=" + url + "\ncentral.user=" + user + "\ncentral.password=" + password + "\ncentral.site=LYON\n");
        return config;
    }

    @Test
    void aPersonsLoginSyncsButNeverInstallsTheSchema() throws IOException {
        String url = CentralPg.newEmptyDatabaseUrl();
        assertThat(run(configWithCentral(url), "sync", "--installer-central")[0]).isEqualTo("0");
        org.postgresql.ds.PGSimpleDataSource admin = new org.postgresql.ds.PGSimpleDataSource();
        admin.setUrl(url);
        CentralAccounts accounts = new CentralAccounts(new CentralDatabase(admin));
        UUID org = accounts.createOrganisation("DISTRIB", "Distributeur", "DISTRIBUTEUR");
        accounts.createSite(org, "LYON", "Lyon");
        String login = "poste_" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createPerson(login, "mot-de-passe-du-poste".toCharArray(), "Poste Lyon", org, "LYON",
                List.of("COMMERCIAL"), false);
        Path config = configWithCentral(url, login, "mot-de-passe-du-poste");

        String[] install = run(config, "sync", "--installer-central");
        assertThat(install[0]).as(install[1] + install[2]).isEqualTo("1");
        assertThat(install[1]).contains("Installation refusée").contains(login).contains("administrateur");

        String[] sync = run(config, "sync");
        assertThat(sync[0]).as(sync[1] + sync[2]).isEqualTo("0");
    }

    @Test
    void withoutCentralDatabaseThereIsNothingToInstall() {
        String[] r = run(Path.of("config").toAbsolutePath(), "sync", "--installer-central");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("Aucune base centrale configurée");
    }

    @Test
    void theCentralSchemaIsInstalledOnceThenStationsSyncWithIt() throws IOException {
        Path config = configWithCentral(CentralPg.newEmptyDatabaseUrl());

        String[] before = run(config, "sync");
        assertThat(before[0]).as(before[1] + before[2]).isNotEqualTo("0");

        String[] install = run(config, "sync", "--installer-central");
        assertThat(install[0]).as(install[2]).isEqualTo("0");
        assertThat(install[1]).contains("Schéma de la base centrale à jour");

        String[] sync = run(config, "sync");
        assertThat(sync[0]).as(sync[1] + sync[2]).isEqualTo("0");
    }
}
