package fr.cession.sync;

import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.aftersale.AfterSaleStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.store.dossier.JooqOrderFileRepository;
import fr.cession.sync.tables.OrderInvariants;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint (001:35) and a return (003:6) travel between two desktops through the real central
 * PostgreSQL like the order's other parts: the after-sale case row, its steps and what they change
 * on the order, checked against the order invariants everywhere.
 */
class SyncAfterSaleTest extends SyncTestBase {

    /** Sold at Lyon (papers of 004:50 in hand, received today), known at both sites. */
    private UUID soldOrderAtBothSites(Desktop lyon, Desktop paris, String number) {
        var flow = SiteWorkflow.of(lyon, clock);
        var actor = SiteWorkflow.actor(lyon);
        UUID id = flow.create(SiteWorkflow.draft(number, "Martin", clock), actor).orderId();
        flow.markDocumentReceived(id, DocumentType.BON_DE_REMISE, null, null, actor);
        flow.markDocumentReceived(id, DocumentType.CERFA_CESSION, null, null, actor);
        JooqOrderFileRepository repo = SiteWorkflow.repo(lyon);
        OrderFile before = repo.load(id).orElseThrow();
        repo.save(before, before.withOrder(before.order().withStatus(OrderStatus.VENDUE)
                .withVehicleReceivedOn(LocalDate.now(clock))), actor, clock.instant());
        assertThat(lyon.syncOnce().refusals()).isEmpty();
        paris.syncOnce();
        return id;
    }

    private static AfterSaleCase only(Desktop d, UUID order) {
        List<AfterSaleCase> cases = SiteWorkflow.repo(d).load(order).orElseThrow().afterSale();
        assertThat(cases).as(d.site).hasSize(1);
        return cases.get(0);
    }

    // 001:35 opened at Lyon, 001:42 refused at Paris: both desktops and the central database agree at each step
    @Test
    void aComplaintOpenedAtOneSiteIsAnsweredAtTheOtherAndBothAgreeWithTheCentralDatabase() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = soldOrderAtBothSites(lyon, paris, "BO-2026-70");

        OrderFile opened = SiteWorkflow.of(lyon, clock).afterSale().openComplaint(order, null, "Rétroviseur gauche fêlé",
                SiteWorkflow.actor(lyon));
        UUID caseId = opened.afterSale().get(0).id();
        assertThat(lyon.syncOnce().refusals()).isEmpty();
        assertThat(central.value("after_sale_case", caseId, "status")).isEqualTo("OUVERTE");
        paris.syncOnce();
        assertThat(only(paris, order).request()).isEqualTo("Rétroviseur gauche fêlé");

        SiteWorkflow.of(paris, clock).afterSale().refuseComplaint(order, caseId, "Fêlure notée au bon de remise signé",
                SiteWorkflow.actor(paris));
        assertThat(paris.syncOnce().refusals()).isEmpty();
        lyon.syncOnce();

        AfterSaleCase atLyon = only(lyon, order);
        assertThat(atLyon.status()).isEqualTo(AfterSaleStatus.REFUSEE);
        assertThat(atLyon.answer()).isEqualTo("Fêlure notée au bon de remise signé");
        assertThat(atLyon.answeredBy()).isEqualTo("user-PARIS");
        for (Desktop d : List.of(lyon, paris)) {
            assertThat(d.row("after_sale_case", caseId)).as(d.site).isEqualTo(central.row("after_sale_case", caseId));
            assertThat(d.pending()).as(d.site).isZero();
            assertThat(OrderInvariants.check(d.dsl(), order)).as(d.site).isEmpty();
        }
        assertThat(OrderInvariants.check(central.dsl(), order)).isEmpty();
    }

    // 003:6 a return inspected at Lyon cancels the order for return everywhere, coherently
    @Test
    void aReturnInspectedAtOneSiteCancelsTheOrderForReturnAtTheOtherAndCentrally() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = soldOrderAtBothSites(lyon, paris, "BO-2026-71");
        var flow = SiteWorkflow.of(lyon, clock);
        var actor = SiteWorkflow.actor(lyon);
        UUID caseId = flow.afterSale().recordReturnNotice(order, LocalDate.now(clock), "Le client change d'avis", actor)
                .afterSale().get(0).id();
        flow.afterSale().bookReturnPickup(order, caseId, LocalDate.now(clock).plusDays(1), "DRV-71", actor);
        flow.afterSale().inspectReturn(order, caseId, 42_150, "aucun", actor);
        assertThat(lyon.syncOnce().refusals()).isEmpty();
        paris.syncOnce();

        assertThat(central.value("sales_order", order, "cancellation_case")).isEqualTo("RETOUR");
        assertThat(central.value("after_sale_case", caseId, "mileage_km")).isEqualTo("42150");
        assertThat(OrderInvariants.check(central.dsl(), order)).isEmpty();
        assertThat(paris.value("sales_order", order, "status")).isEqualTo("ANNULEE");
        assertThat(OrderInvariants.check(paris.dsl(), order)).isEmpty();
    }
}
