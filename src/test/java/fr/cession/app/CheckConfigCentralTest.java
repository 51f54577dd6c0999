package fr.cession.app;

import fr.cession.cli.CessionCommandLine;
import fr.cession.sync.CentralPg;
import fr.cession.sync.central.CentralDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: check-config tries the central database and says in French what is wrong, without a
 * stack trace. The wrong-password case needs a server that checks passwords: the shared embedded
 * PostgreSQL trusts every local connection, so this class starts its own with password rules.
 */
class CheckConfigCentralTest {

    private static EmbeddedPostgres withPasswords;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServerWithPasswords() throws IOException, SQLException {
        Path hba = Path.of("target", "embedded-pg-hba", "pg_hba.conf").toAbsolutePath();
        Files.createDirectories(hba.getParent());
        Files.writeString(hba, """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        withPasswords = EmbeddedPostgres.builder().setOverrideWorkingDirectory(new File("target/embedded-pg"))
                .setServerConfig("hba_file", hba.toString()).start();
        try (Connection c = withPasswords.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE cession LOGIN PASSWORD 'le-bon'");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (withPasswords != null) {
            withPasswords.close();
        }
    }

    private String[] checkConfig(String url, String user, String password) throws IOException {
        // The shipped playbook with the CT report requested from « organisée » (its own known
        // finding, being fixed in the YAML by another change, is not what this class tests).
        String playbook = Files.readString(Path.of("config/playbook-b2c.yaml"))
                .replace("    si: {ct_requis: oui}\n    a_partir_de: paiement_verifie", "    si: {ct_requis: oui}\n    a_partir_de: organisee");
        Files.writeString(dir.resolve("playbook-b2c.yaml"), playbook);
        Files.writeString(dir.resolve("cession.properties"), ""
                + "site.code=PARIS\n"
                + "central.url=" + url + "\ncentral.user=" + user + "\ncentral.password=" + password + "\n");
        Map<String, String> props = Map.of("cession.config", dir.toString(), "cession.data", dir.resolve("d").toString());
        Launcher launcher = new Launcher(props, new DataLocations(props, Map.of()));
        AppCliEnvironment env = launcher.cliEnvironment(new AppModule(),
                Clock.fixed(Instant.parse("2025-03-12T10:00:00Z"), ZoneOffset.UTC));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CessionCommandLine.create(env, List.of());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("check-config");
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private static void assertNoStackTrace(String[] r) {
        assertThat(r[1] + r[2]).doesNotContain("Exception", "\tat ", "org.postgresql");
    }

    @Test
    void anUnreachableServerIsSaidSo() throws IOException {
        String[] r = checkConfig("jdbc:postgresql://127.0.0.1:1/cession", "cession", "x");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("base centrale jdbc:postgresql://127.0.0.1:1/cession : serveur injoignable");
        assertNoStackTrace(r);
    }

    @Test
    void aWrongPasswordIsSaidSo() throws IOException {
        String[] r = checkConfig(withPasswords.getJdbcUrl("cession", "postgres"), "cession", "le-mauvais");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("utilisateur « cession » ou mot de passe refusé (vérifiez central.user et "
                + "central.password)");
        assertNoStackTrace(r);
    }

    @Test
    void aDatabaseWithoutTheSchemaIsSaidToBeBehind() throws IOException {
        String[] r = checkConfig(CentralPg.newEmptyDatabaseUrl(), "postgres", "");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("joignable, mais sans schéma Cession", "sync --installer-central");
    }

    @Test
    void aSchemaNewerThanThisVersionIsSaidToBeAhead() throws IOException, SQLException {
        String url = CentralPg.newEmptyDatabaseUrl();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser("postgres");
        new CentralDatabase(ds).migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO central_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'futur', 'SQL', "
                    + "'V99__futur.sql', 0, 'postgres', 0, TRUE)");
        }
        String[] r = checkConfig(url, "postgres", "");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("schéma 99 plus récent que celui de cette version de Cession");
    }

    @Test
    void aReachableUpToDateCentralDatabaseIsListed() throws IOException {
        String url = CentralPg.newEmptyDatabaseUrl();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser("postgres");
        new CentralDatabase(ds).migrate();
        String[] r = checkConfig(url, "postgres", "");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("Base centrale joignable : " + url);
    }
}
