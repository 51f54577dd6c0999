package fr.cession.sync;

import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.sync.tables.OrderInvariants;
import fr.cession.sync.tables.SyncedTables;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A status change and what goes with it (cancellation fields, activities cancelled or planned)
 * travel as one unit, checked centrally against the order's state when it applies; both push
 * orders are tried, so "the last push wins" could not pass.
 */
class SyncOrderCoherenceTest extends SyncTestBase {

    private record Pair(Desktop lyon, Desktop paris, UUID order) {
    }

    private Pair anOrderKnownAtBothSites(String number) {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        OrderFile file = SiteWorkflow.of(lyon, clock).create(SiteWorkflow.draft(number, "Martin", clock),
                SiteWorkflow.actor(lyon));
        lyon.syncOnce();
        paris.syncOnce();
        return new Pair(lyon, paris, file.orderId());
    }

    @Test
    void anAdvanceOnAnOrderCancelledElsewhereIsRefusedAndKeptAsAConflict() {
        Pair p = anOrderKnownAtBothSites("BO-2026-10");
        SiteWorkflow.of(p.lyon(), clock).cancel(p.order(), CancellationCase.FRAIS_RESERVATION_SEULS,
                "Le client renonce", SiteWorkflow.actor(p.lyon()));
        SiteWorkflow.of(p.paris(), clock).advance(p.order(), SiteWorkflow.actor(p.paris()));
        assertThat(p.lyon().syncOnce().refusals()).isEmpty();

        SyncReport paris = p.paris().syncOnce();
        assertThat(paris.refusals()).singleElement().asString().startsWith("Commande BO-2026-10 : passage de « réservée »"
                + " à « déstockage » refusé").contains("« annulée »");
        p.lyon().syncOnce();
        assertCoherentEverywhere(p, "ANNULEE");
        for (Desktop d : List.of(p.lyon(), p.paris())) {
            assertThat(new ConflictResolver(d.dsl(), clock).openConflicts()).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("status");
                assertThat(c.keptValue()).isEqualTo("ANNULEE");
                assertThat(c.lostValue()).isEqualTo("DESTOCKAGE");
                assertThat(c.lostSite()).isEqualTo("PARIS");
            });
        }
    }

    @Test
    void aRefundApprovedAfterTheCancellationKeepsItsActivityToPayOpenAndTheOrderValid() {
        Pair p = anOrderKnownAtBothSites("BO-2026-14");
        // 004:62-63 the fee only: cancelling asks the manager for the refund
        OrderFile cancelled = SiteWorkflow.of(p.lyon(), clock).cancel(p.order(), CancellationCase.FRAIS_RESERVATION_SEULS,
                "Le client renonce", SiteWorkflow.actor(p.lyon()));
        UUID request = cancelled.approvals().get(0).id();
        p.lyon().syncOnce();
        p.paris().syncOnce();
        // 004:71 another manager approves: the refund to pay is an open activity on the cancelled order
        SiteWorkflow.of(p.paris(), clock).decideApproval(p.order(), request, true, SiteWorkflow.actor(p.paris()));
        assertThat(p.paris().syncOnce().refusals()).isEmpty();
        p.lyon().syncOnce();
        assertThat(central.value("approval_request", request, "status")).isEqualTo("APPROUVEE");
        assertThat(central.dsl().fetchCount(central.dsl().selectFrom("activity").where("type_code = '"
                + OrderInvariants.REFUND_ACTIVITY + "' and state = 'OUVERTE'"))).isEqualTo(1);
        assertCoherentEverywhere(p, "ANNULEE");
    }

    @Test
    void aCancellationOfAnOrderAdvancedElsewhereIsRefusedAndTheOrderStaysValid() {
        Pair p = anOrderKnownAtBothSites("BO-2026-11");
        SiteWorkflow.of(p.lyon(), clock).cancel(p.order(), CancellationCase.FRAIS_RESERVATION_SEULS,
                "Le client renonce", SiteWorkflow.actor(p.lyon()));
        SiteWorkflow.of(p.paris(), clock).advance(p.order(), SiteWorkflow.actor(p.paris()));
        assertThat(p.paris().syncOnce().refusals()).isEmpty();

        SyncReport lyon = p.lyon().syncOnce();
        assertThat(lyon.refusals()).singleElement().asString().startsWith("Commande BO-2026-11 : passage de « réservée »"
                + " à « annulée » refusé");
        p.paris().syncOnce();
        assertCoherentEverywhere(p, "DESTOCKAGE");
        assertThat(central.value("sales_order", p.order(), "cancellation_case")).isNull();
    }

    /** Both sites tick the same line: no conflict, the first to reach the centre keeps author and time. */
    @Test
    void theSameLineTickedAtTwoSitesIsNoConflictInEitherPushOrder() {
        for (boolean lyonFirst : new boolean[]{true, false}) {
            Pair p = anOrderKnownAtBothSites(lyonFirst ? "BO-2026-12" : "BO-2026-13");
            ChecklistItem line = SiteWorkflow.repo(p.lyon()).load(p.order()).orElseThrow().items().get(0);
            SiteWorkflow.of(p.lyon(), clock).tick(p.order(), line.id(), SiteWorkflow.actor(p.lyon()));
            SiteWorkflow.of(p.paris(), clock).tick(p.order(), line.id(), SiteWorkflow.actor(p.paris()));
            Desktop first = lyonFirst ? p.lyon() : p.paris();
            Desktop second = lyonFirst ? p.paris() : p.lyon();
            first.syncOnce();
            SyncReport later = second.syncOnce();
            first.syncOnce();
            assertThat(later.newConflicts()).isZero();
            assertThat(central.count("sync_conflict")).isZero();
            assertThat(central.value("checklist_item", line.id(), "checked_by")).isEqualTo("user-" + first.site);
            for (Desktop d : List.of(p.lyon(), p.paris())) {
                assertThat(d.row("checklist_item", line.id())).isEqualTo(central.row("checklist_item", line.id()));
            }
        }
    }

    private void assertCoherentEverywhere(Pair p, String status) {
        assertThat(central.value("sales_order", p.order(), "status")).isEqualTo(status);
        assertThat(OrderInvariants.check(central.dsl(), p.order())).isEmpty();
        for (Desktop d : List.of(p.lyon(), p.paris())) {
            assertThat(d.value("sales_order", p.order(), "status")).as(d.site).isEqualTo(status);
            assertThat(OrderInvariants.check(d.dsl(), p.order())).as(d.site).isEmpty();
            assertThat(d.row("sales_order", p.order())).isEqualTo(central.row("sales_order", p.order()));
            assertThat(d.pending()).isZero();
            for (String table : List.of("activity", "checklist_item")) {
                var t = SyncedTables.table(table);
                assertThat(d.dsl().fetchCount(t)).as(d.site + " " + table).isEqualTo(central.count(table));
            }
        }
    }
}
