package fr.cession.sync;

import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two desktops pushing changes of the same two orders at the same moment, each having touched them
 * in the other order: rows are locked in one order (and a deadlock would be replayed), so neither
 * sync fails and nothing is lost.
 */
class SyncConcurrencyTest extends SyncTestBase {

    @Test
    void crossedPushesOfTheSameOrdersNeverFail() throws Exception {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID a = lyon.createOrder("LYON-2026-0500");
        UUID b = lyon.createOrder("LYON-2026-0501");
        lyon.syncOnce();
        paris.syncOnce();
        for (int round = 0; round < 6; round++) {
            lyon.edit("sales_order", a, a, "customer_phone", "060000000" + round);
            lyon.edit("sales_order", b, b, "customer_phone", "061000000" + round);
            paris.edit("sales_order", b, b, "vehicle_mileage_km", Integer.toString(1000 + round));
            paris.edit("sales_order", a, a, "vehicle_mileage_km", Integer.toString(2000 + round));
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<SyncReport> l = CompletableFuture.supplyAsync(() -> await(go, lyon));
            CompletableFuture<SyncReport> p = CompletableFuture.supplyAsync(() -> await(go, paris));
            go.countDown();
            assertThat(l.get(60, TimeUnit.SECONDS).ok()).as("round %d Lyon", round).isTrue();
            assertThat(p.get(60, TimeUnit.SECONDS).ok()).as("round %d Paris", round).isTrue();
        }
        lyon.syncOnce();
        paris.syncOnce();
        for (Desktop d : new Desktop[]{lyon, paris}) {
            assertThat(d.value("sales_order", a, "customer_phone")).isEqualTo("0600000005");
            assertThat(d.value("sales_order", a, "vehicle_mileage_km")).isEqualTo("2005");
            assertThat(d.value("sales_order", b, "vehicle_mileage_km")).isEqualTo("1005");
            assertThat(d.row("sales_order", b)).isEqualTo(central.row("sales_order", b));
        }
    }

    private static SyncReport await(CountDownLatch go, Desktop d) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return d.syncOnce();
    }
}
