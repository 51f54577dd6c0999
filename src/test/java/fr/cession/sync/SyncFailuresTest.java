package fr.cession.sync;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static fr.cession.store.schema.Tables.SYNC_REFUSAL;
import static org.assertj.core.api.Assertions.assertThat;

/** Refusals, cut connections, a crash at the worst moment, late commits, long absences. */
class SyncFailuresTest extends SyncTestBase {

    @Test
    void vendueWithoutSaleDocumentsIsRefusedCentrallyWhileTheRestOfTheBatchStays() {
        // 004:50 "Ne pas passer le VH en vendu si pas de doc (Bon de remise, Cerfa)"
        Desktop lyon = desktop("LYON");
        UUID order = lyon.createOrder("LYON-2026-0100");
        lyon.createDocument(order, "BON_DE_REMISE", "RECU");
        lyon.syncOnce();

        lyon.edit("sales_order", order, order, "status", "VENDUE");
        lyon.edit("sales_order", order, order, "advisor", "bob");
        SyncReport report = lyon.syncOnce();

        assertThat(report.refusals()).singleElement().asString()
                .contains("Passage en vendu refusé").contains("Cerfa de cession").doesNotContain("Bon de remise,");
        assertThat(central.value("sales_order", order, "status")).isEqualTo("RESERVEE");
        assertThat(central.value("sales_order", order, "advisor")).isEqualTo("bob");
        // the desktop is put back to the central state and keeps the reason for the user
        assertThat(lyon.value("sales_order", order, "status")).isEqualTo("RESERVEE");
        assertThat(lyon.dsl().fetchValue(SYNC_REFUSAL.REASON)).contains("Cerfa de cession");
        assertThat(lyon.sync().state().current().unreadRefusals()).isEqualTo(1);
        RefusalLog refusals = new RefusalLog(lyon.dsl());
        assertThat(refusals.unread()).singleElement().satisfies(r -> assertThat(r.orderId()).isEqualTo(order));
        refusals.acknowledge(refusals.unread().get(0).opId());
        assertThat(refusals.unread()).isEmpty();
        // never retried
        assertThat(lyon.pending()).isZero();
        assertThat(lyon.syncOnce().pushed()).isZero();

        lyon.createDocument(order, "CERFA_CESSION", "VALIDE");
        lyon.edit("sales_order", order, order, "status", "VENDUE");
        assertThat(lyon.syncOnce().refusals()).isEmpty();
        assertThat(central.value("sales_order", order, "status")).isEqualTo("VENDUE");
    }

    @Test
    void aConnectionCutMidBatchAppliesNothingAndTheRetryAppliesEverythingOnce() {
        CuttableDataSource link = new CuttableDataSource(centralDs);
        Desktop lyon = desktop("LYON", link);
        UUID order = lyon.createOrder("LYON-2026-0101");
        lyon.syncOnce();
        for (int i = 0; i < 5; i++) {
            lyon.edit("sales_order", order, order, "vehicle_mileage_km", Integer.toString(1000 + i));
        }
        link.cutAfterStatements(9); // a few operations into the batch
        SyncReport cut = lyon.syncOnce();
        assertThat(cut.status()).isEqualTo(SyncStatus.HORS_LIGNE);
        assertThat(lyon.sync().state().current().status()).isEqualTo(SyncStatus.HORS_LIGNE);
        assertThat(lyon.sync().state().current().offlineSince()).isNotNull();
        assertThat(central.appliedCount("APPLIQUEE")).isEqualTo(1);
        assertThat(central.value("sales_order", order, "version")).isEqualTo("1");
        assertThat(lyon.pending()).isEqualTo(5);

        link.heal();
        SyncReport retry = lyon.syncOnce();
        assertThat(retry.pushed()).isEqualTo(5);
        assertThat(retry.duplicates()).isZero();
        assertThat(central.value("sales_order", order, "version")).isEqualTo("6");
        assertThat(central.value("sales_order", order, "vehicle_mileage_km")).isEqualTo("1004");
        assertThat(lyon.sync().state().current().status()).isEqualTo(SyncStatus.EN_LIGNE);
    }

    @Test
    void aCrashBetweenTheCentralCommitAndTheLocalMarkIsAcknowledgedNotReapplied() {
        CuttableDataSource link = new CuttableDataSource(centralDs);
        Desktop lyon = desktop("LYON", link);
        UUID order = lyon.createOrder("LYON-2026-0102");
        lyon.edit("sales_order", order, order, "advisor", "bob");
        link.cutAfterNextCommit();
        assertThat(lyon.syncOnce().ok()).isFalse();
        lyon.restart();
        assertThat(lyon.pending()).isEqualTo(2);
        assertThat(central.appliedCount("APPLIQUEE")).isEqualTo(2);

        link.heal();
        SyncReport again = lyon.syncOnce();
        assertThat(again.pushed()).isEqualTo(2);
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(central.value("sales_order", order, "version")).isEqualTo("2");
        assertThat(central.dsl().fetchCount(central.dsl().selectFrom("central_change"))).isEqualTo(2);
        assertThat(lyon.pending()).isZero();
    }

    @Test
    void aTransactionHeldOpenWhileLaterOnesCommitIsNotSkipped() throws Exception {
        CuttableDataSource slowLink = new CuttableDataSource(centralDs);
        Desktop slow = desktop("AAA", slowLink);
        Desktop fast = desktop("LYON");
        Desktop reader = desktop("PARIS");
        reader.syncOnce();

        UUID slowOrder = slow.createOrder("AAA-2026-0001");
        CountDownLatch inCommit = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        slowLink.holdNextCommit(inCommit, release);
        CompletableFuture<SyncReport> slowSync = CompletableFuture.supplyAsync(slow::syncOnce);
        assertThat(inCommit.await(30, TimeUnit.SECONDS)).isTrue();

        UUID fastOrder = fast.createOrder("LYON-2026-0001");
        fast.syncOnce(); // commits after the slow one began: later xid, later seq

        // The fast change is committed, but behind the horizon of the still-open slow
        // transaction: it is held back (not skipped, not delivered out of order).
        SyncReport first = reader.syncOnce();
        assertThat(first.pulledChanges()).isZero();
        assertThat(reader.sync().heldBack()).isTrue();
        assertThat(reader.row("sales_order", slowOrder)).isNull();

        release.countDown();
        assertThat(slowSync.get(30, TimeUnit.SECONDS).ok()).isTrue();
        // the slow transaction's change row has a LOWER sequence than the fast one's, already
        // delivered: a "seq > last" cursor would have skipped it for ever
        long slowSeq = ((Number) central.dsl().fetchValue("select seq from central_change where entity_id = ?", slowOrder)).longValue();
        long fastSeq = ((Number) central.dsl().fetchValue("select seq from central_change where entity_id = ?", fastOrder)).longValue();
        assertThat(slowSeq).isLessThan(fastSeq);

        SyncReport second = reader.syncOnce();
        assertThat(second.pulledChanges()).isEqualTo(2);
        assertThat(reader.row("sales_order", slowOrder)).isNotNull();
        assertThat(reader.row("sales_order", fastOrder)).isNotNull();
        assertThat(reader.sync().heldBack()).isFalse();
    }

    @Test
    void aDesktopOfflineLongerThanTheRetentionResyncsInFullWithoutLosingItsOwnChanges() {
        CuttableDataSource parisLink = new CuttableDataSource(centralDs);
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS", parisLink);
        UUID order = lyon.createOrder("LYON-2026-0200");
        UUID activity = lyon.createActivity(order, "Vérification des documents B2C");
        lyon.syncOnce();
        paris.syncOnce();

        parisLink.down(true);
        paris.edit("sales_order", order, order, "customer_phone", "0611111111");
        assertThat(paris.syncOnce().status()).isEqualTo(SyncStatus.HORS_LIGNE);
        lyon.delete("activity", activity, order);
        lyon.edit("sales_order", order, order, "advisor", "dan");
        lyon.syncOnce();
        clock.advance(Duration.ofDays(120));
        // 120 days go by on the central clock (the one the purge reads)
        central.dsl().execute("update central_change set recorded_at = recorded_at - interval '120 days'");
        central.dsl().execute("update activity set modified_at = modified_at - interval '120 days' where deleted");
        int purged = new fr.cession.sync.central.CentralMaintenance(new fr.cession.sync.central.CentralDatabase(centralDs))
                .purge();
        assertThat(purged).isPositive();
        assertThat(central.row("activity", activity)).isNull();

        parisLink.heal();
        SyncReport back = paris.syncOnce();
        assertThat(back.fullResync()).isTrue();
        assertThat(back.pushed()).isEqualTo(1);
        assertThat(paris.value("sales_order", order, "customer_phone")).isEqualTo("0611111111");
        assertThat(paris.value("sales_order", order, "advisor")).isEqualTo("dan");
        assertThat(paris.row("activity", activity)).isNull();
        assertThat(paris.row("sales_order", order)).isEqualTo(central.row("sales_order", order));
    }
}
