package fr.cession.store;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.store.changelog.ChangeLog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipFile;

import static fr.cession.store.schema.Tables.SALES_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening a store written by the previous release: copied aside first, every unsent change still there. */
class StoreUpgradeTest {

    private final Path folder = TestDatabases.folder().resolve("upgrade-" + UUID.randomUUID());

    @Test
    void aStoreOfThePreviousReleaseIsCopiedAsideThenUpgradedWithItsUnsentChanges() throws IOException {
        Path file = folder.resolve("cession");
        PreviousReleaseStore before = PreviousReleaseStore.write(file, "LYON", "LY-2026-0001");

        try (LocalDatabase db = LocalDatabase.open(file)) {
            assertThat(db.migrationsApplied()).isPositive();
            List<Change> pending = new ChangeLog(db.dsl()).pending(10);
            assertThat(pending).extracting(Change::kind).containsExactly(ChangeKind.CREATION, ChangeKind.MODIFICATION);
            assertThat(pending.get(0).fields()).contains(new FieldChange("number", null, "LY-2026-0001"),
                    new FieldChange("status", null, "RESERVEE"));
            assertThat(pending.get(1).fields()).containsExactly(new FieldChange("customer_email", null, before.email));
            assertThat(db.dsl().fetchValue(SALES_ORDER.CUSTOMER_EMAIL, SALES_ORDER.ID.eq(before.orderId)))
                    .isEqualTo(before.email);
        }

        List<Path> copies = StoreBackups.beforeUpgradeCopies(folder.resolve("cession.mv.db"));
        assertThat(copies).singleElement().satisfies(zip -> {
            assertThat(zip.getFileName().toString()).endsWith("-schema-" + PreviousReleaseStore.SCHEMA + ".zip");
            try (ZipFile z = new ZipFile(zip.toFile())) {
                assertThat(z.stream().map(e -> e.getName())).anyMatch(n -> n.endsWith(".mv.db"));
            }
        });
        if (OwnerOnlyFiles.supported(copies.get(0))) {
            assertThat(Files.getPosixFilePermissions(copies.get(0))).isEqualTo(OwnerOnlyFiles.FILE);
        }
        // Up to date now: reopening takes no copy.
        LocalDatabase.open(file).close();
        assertThat(StoreBackups.beforeUpgradeCopies(folder.resolve("cession.mv.db"))).hasSize(1);
    }

    @Test
    void onlyTheLastThreeCopiesTakenBeforeUpgradesAreKept() {
        Path file = folder.resolve("cession.mv.db");
        try (LocalDatabase db = LocalDatabase.open(file)) {
            for (int day = 1; day <= 5; day++) {
                Clock at = Clock.fixed(Instant.parse("2026-03-0" + day + "T08:00:00Z"), ZoneOffset.UTC);
                StoreBackups.beforeUpgrade(db.dsl(), db.file(), "7" + day, at);
            }
        }
        assertThat(StoreBackups.beforeUpgradeCopies(file)).extracting(p -> p.getFileName().toString())
                .hasSize(StoreBackups.KEPT_BEFORE_UPGRADE)
                .allMatch(n -> n.contains("20260303") || n.contains("20260304") || n.contains("20260305"));
    }

    @Test
    void aStoreOfANewerReleaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = folder.resolve("cession.mv.db");
        LocalDatabase.open(file).close();
        try (LocalDatabase db = LocalDatabase.open(file)) {
            db.dsl().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL',"
                    + " 'V999__future.sql', 0, 'sa', 0, TRUE)");
        }
        String history = schemaHistory(file);

        assertThatThrownBy(() -> LocalDatabase.open(file)).isInstanceOf(LocalDatabaseException.class)
                .hasMessageContaining("version plus récente");
        // Nothing migrated, nothing copied: the newer release finds its store as it left it.
        assertThat(schemaHistory(file)).isEqualTo(history).contains("999");
        assertThat(StoreBackups.beforeUpgradeCopies(file)).isEmpty();
    }

    private static String schemaHistory(Path file) throws Exception {
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
             var rs = c.createStatement().executeQuery("SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.append(rs.getString(1)).append(':').append(rs.getBoolean(2)).append(' ');
            }
            return b.toString();
        }
    }
}
