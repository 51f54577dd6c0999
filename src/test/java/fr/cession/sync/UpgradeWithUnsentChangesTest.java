package fr.cession.sync;

import fr.cession.store.LocalDatabase;
import fr.cession.store.PreviousReleaseStore;
import fr.cession.store.StoreBackups;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desktop upgraded while changes were still waiting to be sent: the previous release's store,
 * opened by this version (copied aside, migrated), sends every one of them at the next sync.
 */
class UpgradeWithUnsentChangesTest extends SyncTestBase {

    @Test
    void changesWrittenByThePreviousReleaseReachTheCentralDatabaseAfterTheUpgrade() {
        Path file = dir.resolve("avant-mise-a-jour-" + UUID.randomUUID()).resolve("cession");
        PreviousReleaseStore before = PreviousReleaseStore.write(file, "LYON", "LY-2026-0042");

        try (LocalDatabase upgraded = LocalDatabase.open(file)) {
            assertThat(upgraded.migrationsApplied()).isPositive();
        }
        assertThat(StoreBackups.beforeUpgradeCopies(Path.of(file + ".mv.db"))).hasSize(1);

        Desktop lyon = Desktop.onFile("LYON", file, centralDs, clock);
        try {
            assertThat(lyon.pending()).isEqualTo(2);
            SyncReport report = lyon.syncOnce();

            assertThat(report.pushed()).isEqualTo(2);
            assertThat(lyon.pending()).isZero();
            assertThat(central.value("sales_order", before.orderId, "number")).isEqualTo("LY-2026-0042");
            assertThat(central.value("sales_order", before.orderId, "customer_email")).isEqualTo(before.email);
            // and from there to another site, as any change
            Desktop paris = desktop("PARIS");
            paris.syncOnce();
            assertThat(paris.value("sales_order", before.orderId, "customer_email")).isEqualTo(before.email);
        } finally {
            lyon.close();
        }
    }
}
