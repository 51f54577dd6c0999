package fr.cession.sync;

import fr.cession.sync.central.CentralDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** One embedded PostgreSQL for the whole test run; each test gets a fresh, migrated database. */
public final class CentralPg {

    private static EmbeddedPostgres server;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private CentralPg() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(new File("target/embedded-pg"))
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("hba_file", hbaFile().toAbsolutePath().toString())
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /**
     * The test superuser connects without a password; every other login (a person's) must give
     * its own, as on a real server, so a test by a person's credentials proves they are checked.
     */
    private static Path hbaFile() throws IOException {
        Path hba = Path.of("target", "embedded-pg-hba.conf");
        Files.createDirectories(hba.getParent());
        Files.writeString(hba, String.join("\n",
                "local all postgres trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "local all all scram-sha-256",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""));
        return hba;
    }

    /** A connection source to the same database as {@code ds} (one of {@link #newDatabase()}), as another login. */
    public static DataSource as(DataSource ds, String login, String password) {
        PGSimpleDataSource of = (PGSimpleDataSource) ds;
        PGSimpleDataSource other = new PGSimpleDataSource();
        other.setServerNames(of.getServerNames());
        other.setPortNumbers(of.getPortNumbers());
        other.setDatabaseName(of.getDatabaseName());
        other.setUser(login);
        other.setPassword(password);
        return other;
    }

    /** The JDBC URL of {@code ds} (one of {@link #newDatabase()}), without a login: what {@code central.url} holds. */
    public static String url(DataSource ds) {
        PGSimpleDataSource of = (PGSimpleDataSource) ds;
        return "jdbc:postgresql://" + of.getServerNames()[0] + ":" + of.getPortNumbers()[0] + "/" + of.getDatabaseName();
    }

    /** The JDBC URL of a new database with no schema at all (user {@code postgres}, no password). */
    public static String newEmptyDatabaseUrl() {
        String name = "empty_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** A new empty database with the central schema. */
    public static DataSource newDatabase() {
        String name = "central_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        DataSource ds = server().getDatabase("postgres", name);
        new CentralDatabase(ds).migrate();
        return ds;
    }
}
