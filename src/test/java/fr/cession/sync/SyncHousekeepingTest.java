package fr.cession.sync;

import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.central.CentralMaintenance;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What runs besides the exchange itself: the daily central purge and the state's counters. */
class SyncHousekeepingTest extends SyncTestBase {

    @Test
    void aDesktopPurgesTheCentralLogAtMostOncePerDay() {
        new CentralMaintenance(new CentralDatabase(centralDs)).setRetentionDays(90);
        // the central log is dated by the server: a desktop clock 200 days ahead makes it all "older than 90 days"
        TestClock later = new TestClock(Instant.now().plus(Duration.ofDays(200)));
        try (Desktop lyon = new Desktop("LYON", dir, centralDs, later)) {
            UUID order = lyon.createOrder("LYON-2026-0301");
            lyon.syncOnce();
            assertThat(central.count("central_change")).as("first sync: purge due").isZero();

            lyon.edit("sales_order", order, order, "advisor", "bob");
            later.advance(Duration.ofHours(23));
            lyon.syncOnce();
            assertThat(central.count("central_change")).as("same day: no purge").isEqualTo(1);

            later.advance(Duration.ofHours(2));
            lyon.syncOnce();
            assertThat(central.count("central_change")).as("a day later: purged").isZero();
            assertThat(central.value("sales_order", order, "advisor")).isEqualTo("bob");
        }
    }

    @Test
    void theSchedulerShowsLocalSavesAsWaitingWithoutASync() throws Exception {
        Desktop alone = desktop("LYON", null);
        try (SyncScheduler scheduler = new SyncScheduler(alone.sync(), null, Duration.ofMinutes(5), Duration.ofMinutes(5))) {
            scheduler.start();
            alone.createOrder("LYON-2026-0302");
            assertThat(Await.until(() -> alone.sync().state().current().pendingChanges() == 1, Duration.ofSeconds(10)))
                    .isTrue();
            assertThat(alone.sync().state().current().status()).isEqualTo(SyncStatus.LOCAL_ONLY);
        }
    }
}
