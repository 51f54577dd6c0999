package fr.cession.sync;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Online, another site's change shows up within a second, pulled on notification (not on the timer). */
class LiveSyncTest extends SyncTestBase {

    @Test
    void anotherSitesChangeAppearsWithinASecond() throws Exception {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = lyon.createOrder("LYON-2026-0300");
        lyon.syncOnce();
        List<SyncState.View> seen = new ArrayList<>();
        paris.sync().state().addListener(seen::add);

        // a one-hour timer: only the notification can explain a quick pull
        try (SyncScheduler scheduler = new SyncScheduler(paris.sync(), centralDs, Duration.ofHours(1), Duration.ofSeconds(5))) {
            scheduler.start();
            assertThat(scheduler.awaitListening(Duration.ofSeconds(10))).isTrue();
            assertThat(Await.until(() -> "LYON-2026-0300".equals(paris.value("sales_order", order, "number")),
                    Duration.ofSeconds(10))).isTrue();

            for (int i = 0; i < 3; i++) {
                String advisor = "eve" + i;
                lyon.edit("sales_order", order, order, "advisor", advisor);
                lyon.syncOnce();
                long committed = System.nanoTime();
                assertThat(Await.until(() -> advisor.equals(paris.value("sales_order", order, "advisor")),
                        Duration.ofSeconds(1))).as("visible at Paris within a second").isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofSeconds(1));
            }
        }
        assertThat(seen).anySatisfy(v -> assertThat(v.status()).isEqualTo(SyncStatus.EN_LIGNE));
    }
}
