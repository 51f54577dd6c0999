package fr.cession.sync;

import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.central.CentralMaintenance;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time from one clock: a desktop 100 days fast and one 100 days slow work with a correct one.
 * The central purge (asked by each of them after every sync) decides on the central clock and
 * erases nothing recent, nobody is sent into a full resync, no central date lies in the future,
 * and every value written is either kept or recorded in a conflict.
 */
class SyncClockTest extends SyncTestBase {

    @Test
    void desktopsHundredDaysFastAndSlowLoseNothing() {
        new CentralMaintenance(new CentralDatabase(centralDs)).setRetentionDays(90);
        Desktop right = desktop("LYON", centralDs, new TestClock(Instant.now()));
        Desktop fast = desktop("PARIS", centralDs, new TestClock(Instant.now().plus(Duration.ofDays(100))));
        Desktop slow = desktop("NANTES", centralDs, new TestClock(Instant.now().minus(Duration.ofDays(100))));
        List<Desktop> all = List.of(right, fast, slow);
        UUID order = right.createOrder("LYON-2026-0400");
        UUID activity = right.createActivity(order, "Demande de déstockage B2C");
        all.forEach(Desktop::syncOnce);

        // the same field at the fast and the slow desktop, in both push orders
        slow.edit("sales_order", order, order, "advisor", "lent");
        fast.edit("sales_order", order, order, "advisor", "rapide");
        fast.edit("sales_order", order, order, "customer_email", "rapide@example.fr");
        slow.edit("sales_order", order, order, "customer_email", "lent@example.fr");
        right.edit("activity", activity, order, "note", "vu");
        slow.syncOnce();
        fast.syncOnce();
        right.syncOnce();
        for (int round = 0; round < 2; round++) {
            for (Desktop d : all) {
                SyncReport r = d.syncOnce();
                assertThat(r.ok()).as(r.toString()).isTrue();
                assertThat(r.fullResync()).as(d.site + " sent into a full resync").isFalse();
            }
        }

        assertThat(central.dsl().fetchValue("select last_purge_at is not null from sync_meta")).isEqualTo(true);
        int applied = central.appliedCount("APPLIQUEE");
        assertThat(central.dsl().fetchCount(central.dsl().selectFrom("central_change").where("op_id is not null")))
                .as("the purge erased nothing recent").isEqualTo(applied);
        assertThat(central.dsl().fetchValue("select count(*) from central_change where changed_at > now()"))
                .as("no central date in the future").isEqualTo(0L);
        assertThat(central.dsl().fetchValue("select count(*) from field_stamp where changed_at > now()")).isEqualTo(0L);
        assertKeptOrInConflict(order, "advisor", Set.of("lent", "rapide"));
        assertKeptOrInConflict(order, "customer_email", Set.of("lent@example.fr", "rapide@example.fr"));
        for (Desktop d : all) {
            assertThat(d.row("sales_order", order)).isEqualTo(central.row("sales_order", order));
            assertThat(d.value("activity", activity, "note")).isEqualTo("vu");
            assertThat(d.pending()).isZero();
        }
    }

    private void assertKeptOrInConflict(UUID order, String field, Set<String> written) {
        String kept = central.value("sales_order", order, field);
        assertThat(written).contains(kept);
        for (String v : written) {
            if (!v.equals(kept)) {
                assertThat(central.dsl().fetchExists(central.dsl().selectOne().from("sync_conflict")
                        .where("field = ? and lost_value = ? and kept_value = ?", field, v, kept)))
                        .as("%s=%s lost without a conflict", field, v).isTrue();
            }
        }
    }
}
