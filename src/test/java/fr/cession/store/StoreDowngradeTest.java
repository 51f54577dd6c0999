package fr.cession.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11: a store written by a newer release (the person went back to an older installer) is
 * refused with both versions named, and the file is left exactly as the newer release wrote it.
 */
class StoreDowngradeTest {

    private final Path folder = TestDatabases.folder().resolve("downgrade-" + UUID.randomUUID());

    @Test
    void aStoreOfANewerReleaseIsRefusedNamingBothSchemasAndLeftByteForByteUntouched() throws Exception {
        Path original = folder.resolve("origine.mv.db");
        LocalDatabase.open(original).close();
        Path file = folder.resolve("cession.mv.db");
        Files.copy(original, file, StandardCopyOption.COPY_ATTRIBUTES);
        // What a newer release would have left: one more migration in the history than this one ships.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base(file)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
            c.createStatement().executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, execution_time, success) VALUES (9999, '9999', 'future',"
                    + " 'SQL', 'V9999__future.sql', 0, 'sa', 0, TRUE)");
        }
        // An old time, so a rewrite during the refused opening cannot land in the same clock tick.
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        String known = latestShippedVersion();

        assertThatThrownBy(() -> LocalDatabase.open(file)).isInstanceOf(LocalDatabaseException.class)
                .hasMessageContaining("version plus récente de Cession")
                .hasMessageContaining("schéma 9999")
                .hasMessageContaining("ne connaît que le schéma " + known)
                .hasMessageContaining("Installez la dernière version");

        assertThat(Files.readAllBytes(file)).as("the newer release's store, byte for byte").isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(StoreBackups.beforeUpgradeCopies(file)).as("no copy taken: nothing was about to change").isEmpty();
        try (var names = Files.list(folder)) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .as("no side file left behind").containsExactlyInAnyOrder("origine.mv.db", "cession.mv.db");
        }
    }

    private static String base(Path file) {
        return file.toString().substring(0, file.toString().length() - ".mv.db".length());
    }

    /** The highest migration this build ships, as Flyway numbers it. */
    private static String latestShippedVersion() throws Exception {
        Path any = TestDatabases.freshFile();
        try (LocalDatabase db = LocalDatabase.open(any)) {
            return db.dsl().fetchValue("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC"
                    + " LIMIT 1").toString();
        }
    }
}
