package fr.cession.store;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static fr.cession.store.schema.Tables.SALES_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalDatabaseTest {

    @Test
    void createsTheFileAndItsFolderAndMigrates() {
        Path file = TestDatabases.folder().resolve("nested-" + System.nanoTime()).resolve("cession.mv.db");
        try (LocalDatabase db = LocalDatabase.open(file)) {
            assertThat(db.migrationsApplied()).isPositive();
            assertThat(db.dsl().fetchCount(SALES_ORDER)).isZero();
        }
        assertThat(file).exists();
    }

    @Test
    void reopeningAnUpToDateFileRunsNoMigration() {
        Path file = TestDatabases.freshFile();
        try (LocalDatabase db = LocalDatabase.open(file)) {
            assertThat(db.migrationsApplied()).isPositive();
        }
        try (LocalDatabase db = LocalDatabase.open(file)) {
            assertThat(db.migrationsApplied()).isZero();
        }
    }

    @Test
    void addsTheH2SuffixWhenMissing() {
        Path base = TestDatabases.folder().resolve("sans-suffixe-" + System.nanoTime());
        try (LocalDatabase db = LocalDatabase.open(base)) {
            assertThat(db.file().getFileName().toString()).endsWith(".mv.db");
        }
        assertThat(Path.of(base + ".mv.db")).exists();
    }

    @Test
    void refusesAFileWrittenByANewerVersion() throws Exception {
        Path file = TestDatabases.freshFile();
        try (LocalDatabase db = LocalDatabase.open(file);
             Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL',"
                    + " 'V999__future.sql', 0, 'sa', 0, TRUE)");
        }
        assertThatThrownBy(() -> LocalDatabase.open(file))
                .isInstanceOf(LocalDatabaseException.class)
                .hasMessageContaining("version plus récente de Cession")
                .hasMessageContaining("999");
    }

    @Test
    void aFileOpenInAnotherInstanceGivesAClearMessage() throws Exception {
        Path file = TestDatabases.freshFile();
        LocalDatabase.open(file).close();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("OUVERT"));
            assertThat(line).as("l'autre instance a ouvert la base").isNotNull();

            assertThatThrownBy(() -> LocalDatabase.open(file))
                    .isInstanceOf(LocalDatabaseException.class)
                    .hasMessageContaining("déjà ouvert par une autre instance de Cession")
                    .hasMessageContaining(file.getFileName().toString());
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(20, TimeUnit.SECONDS)) {
                other.destroy();
            }
        }
        // Once the other instance has quit, the file opens again.
        try (LocalDatabase db = LocalDatabase.open(file)) {
            assertThat(db.migrationsApplied()).isZero();
        }
        assertThat(Files.exists(file)).isTrue();
    }
}
