package fr.cession.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static fr.cession.store.schema.Tables.STORE_HOUSEKEEPING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Issue 8: the store compacts itself on close once it has grown, and is its owner's alone. */
class StoreHousekeepingTest {

    private static void bloat(LocalDatabase db) {
        // Rewriting the same rows leaves H2 pages behind, as bulk writes do.
        db.dsl().execute("CREATE TABLE IF NOT EXISTS ballast (id INT PRIMARY KEY, payload VARCHAR(4000))");
        for (int round = 0; round < 4; round++) {
            db.dsl().execute("MERGE INTO ballast SELECT \"X\", REPEAT('x', 3000) || " + round
                    + " FROM SYSTEM_RANGE(1, 2000)");
        }
        db.dsl().execute("DELETE FROM ballast");
    }

    @Test
    void closingAGrownFileCompactsItAndRemembersItsSize() throws IOException {
        Path file = TestDatabases.freshFile();
        long grown;
        try (LocalDatabase db = LocalDatabase.open(file, 0)) {
            bloat(db);
            db.dsl().execute("CHECKPOINT");
            grown = Files.size(file);
        }
        long compacted = Files.size(file);
        assertThat(compacted).isLessThan(grown / 4);
        try (LocalDatabase db = LocalDatabase.open(file, 0)) {
            var row = db.dsl().selectFrom(STORE_HOUSEKEEPING).fetchOne();
            assertThat(row.getMeasureAtOpen()).isFalse();
            assertThat(row.getCompactedBytes()).isEqualTo(compacted);
        }
    }

    @Test
    void aFileThatDidNotGrowIsClosedAsItIs() throws IOException {
        Path file = TestDatabases.freshFile();
        try (LocalDatabase db = LocalDatabase.open(file)) {
            db.dsl().execute("SELECT 1");
        }
        try (LocalDatabase db = LocalDatabase.open(file)) {
            // Not compacted at the first close (16 MB of slack): nothing measured.
            assertThat(db.dsl().selectFrom(STORE_HOUSEKEEPING).fetchOne().getMeasureAtOpen()).isFalse();
        }
        assertThat(file).exists();
    }

    @Test
    void theDataFolderAndTheDatabaseFileAreTheOwnersOnly() throws IOException {
        Path folder = TestDatabases.folder().resolve("droits-" + System.nanoTime()).resolve("donnees");
        Path file = folder.resolve("cession.mv.db");
        assumeThat(OwnerOnlyFiles.supported(TestDatabases.folder())).as("système de fichiers POSIX").isTrue();
        try (LocalDatabase db = LocalDatabase.open(file, 0)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            bloat(db);
        }
        // Compaction on close wrote a new file: still the owner's only.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void aLogFileMadeBeforeLogbackOpensItIsTheOwnersOnly() throws IOException {
        Path logs = TestDatabases.folder().resolve("journaux-" + System.nanoTime()).resolve("logs");
        assumeThat(OwnerOnlyFiles.supported(TestDatabases.folder())).as("système de fichiers POSIX").isTrue();
        OwnerOnlyFiles.folder(logs);
        Path log = OwnerOnlyFiles.file(logs.resolve("cession.log"));
        Files.writeString(log, "ligne\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
    }
}
