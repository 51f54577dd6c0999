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
    void theCentralPurgeRunsOnTheCentralClockAtMostOncePerDay() {
        new CentralMaintenance(new CentralDatabase(centralDs)).setRetentionDays(90);
        // a desktop whose clock is 200 days ahead: under the old rule it made everything "older than 90 days"
        TestClock later = new TestClock(Instant.now().plus(Duration.ofDays(200)));
        try (Desktop lyon = new Desktop("LYON", dir, centralDs, later)) {
            UUID order = lyon.createOrder("LYON-2026-0301");
            lyon.syncOnce();
            assertThat(central.count("central_change")).as("first purge of the day: nothing is 90 days old").isEqualTo(1);
            assertThat(central.dsl().fetchValue("select changed_at <= now() from central_change")).as("not in the future")
                    .isEqualTo(true);

            // 100 days pass on the central clock
            central.dsl().execute("update central_change set recorded_at = recorded_at - interval '100 days'");
            lyon.edit("sales_order", order, order, "advisor", "bob");
            later.advance(Duration.ofDays(3)); // the desktop's clock says nothing to the centre
            lyon.syncOnce();
            assertThat(central.count("central_change")).as("same central day: no second purge").isEqualTo(2);

            central.dsl().execute("update sync_meta set last_purge_at = last_purge_at - interval '25 hours'");
            lyon.syncOnce();
            assertThat(central.count("central_change")).as("a central day later: the old entry is purged").isEqualTo(1);
            assertThat(central.value("sales_order", order, "advisor")).isEqualTo("bob");
        }
    }

    @Test
    void theSchedulerShowsSavesAsWaitingWithoutASync() throws Exception {
        CuttableDataSource link = new CuttableDataSource(centralDs);
        link.down(true);
        Desktop offline = desktop("LYON", link);
        try (SyncScheduler scheduler = new SyncScheduler(offline.sync(), null, Duration.ofMinutes(5), Duration.ofMinutes(5))) {
            scheduler.start();
            offline.createOrder("LYON-2026-0302");
            assertThat(Await.until(() -> offline.sync().state().current().pendingChanges() == 1, Duration.ofSeconds(10)))
                    .isTrue();
        }
    }

    /** Issue 7: with no central database there is no outbox: nothing is "waiting", the bar says so. */
    @Test
    void localOnlyKeepsNoOutboxAndSaysNothingIsToSend() throws Exception {
        Desktop alone = desktop("LYON", null);
        try (SyncScheduler scheduler = new SyncScheduler(alone.sync(), null, Duration.ofMinutes(5), Duration.ofMinutes(5))) {
            scheduler.start();
            alone.createOrder("LYON-2026-0303");
            alone.sync().refreshState();
            SyncState.View v = alone.sync().state().current();
            assertThat(v.status()).isEqualTo(SyncStatus.LOCAL_ONLY);
            assertThat(v.pendingChanges()).isZero();
            assertThat(v.summary()).startsWith("Mode local : rien à envoyer");
        }
    }

    /**
     * The same station connected later: the orders created while it was alone reach the centre
     * whole, as they are; the edit-by-edit history stays local; demonstration orders never leave.
     */
    @Test
    void aStationConnectedLaterSendsItsRealOrdersWhole() {
        Desktop alone = desktop("LYON", null);
        UUID order = alone.createOrder("LYON-2026-0304");
        UUID activity = alone.createActivity(order, "Demande de déstockage B2C");
        alone.edit("sales_order", order, order, "advisor", "bob");
        alone.edit("sales_order", order, order, "customer_phone", "0600000001");
        // a demonstration order: written station-only (its log entries already marked sent)
        UUID demo = alone.createOrder("DEMO-2026-00001");
        alone.dsl().update(fr.cession.store.schema.Tables.CHANGE_OP).set(fr.cession.store.schema.Tables.CHANGE_OP.PUSHED_AT,
                java.time.OffsetDateTime.now()).where(fr.cession.store.schema.Tables.CHANGE_OP.ORDER_ID.eq(demo)).execute();

        Desktop connected = alone.reopenWith(centralDs);
        SyncReport first = connected.syncOnce();
        assertThat(first.ok()).as(first.toString()).isTrue();
        assertThat(first.pushed()).as("one creation per row, not one op per edit").isEqualTo(2);
        assertThat(first.refusals()).isEmpty();
        assertThat(central.value("sales_order", order, "advisor")).isEqualTo("bob");
        assertThat(central.value("sales_order", order, "customer_phone")).isEqualTo("0600000001");
        assertThat(central.row("activity", activity)).isNotNull();
        assertThat(central.row("sales_order", demo)).isNull();
        // the first full sync makes the station a copy of the centre: demonstration orders do not survive it
        assertThat(connected.row("sales_order", demo)).isNull();
        assertThat(connected.pending()).isZero();
        assertThat(new fr.cession.store.changelog.ChangeLog(connected.dsl()).history(connected.dsl(), order)).hasSize(4);
    }
}
