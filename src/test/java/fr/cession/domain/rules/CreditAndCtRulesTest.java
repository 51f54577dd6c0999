package fr.cession.domain.rules;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.playbook.RuleSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.approval;
import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.rules.TestOrders.document;
import static org.assertj.core.api.Assertions.assertThat;

class CreditAndCtRulesTest {

    private final LocalDateTime rdv = LocalDateTime.parse("2026-04-14T10:00");
    private final OrderFile credit = TestOrders.file(TestOrders.order(PaymentMethod.CRD).withHandoverAt(rdv));

    // 004:41 "Validation crédit sans réserve" under "Validation du rdv : J-3 avant la vente"
    @Test
    void validation_credit_sans_reserve_a_j_moins_3() {
        var rule = new CreditApprovedWithoutConditions(RuleSettings.SEED_004, TestOrders.PARIS);
        // the refusal says what to do: validate the signed offer in Documents
        assertThat(rule.check(credit, at("2026-04-10T10:00"))).extracting(RuleViolation::message)
                .containsExactly("Crédit : offre de crédit non validée sans réserve — validez l'offre de crédit"
                        + " signée dans Documents");
        OrderFile onTime = credit.withDocument(document(DocumentType.OFFRE_CREDIT, DocumentStatus.VALIDE, null,
                at("2026-04-11T18:00"), null));
        assertThat(rule.check(onTime, at("2026-04-12T10:00"))).isEmpty();
        OrderFile late = credit.withDocument(document(DocumentType.OFFRE_CREDIT, DocumentStatus.VALIDE, null,
                at("2026-04-12T09:00"), null));
        assertThat(rule.check(late, at("2026-04-12T10:00"))).extracting(RuleViolation::message)
                .containsExactly("Crédit : offre validée le 12/04/2026, après J-3 (11/04/2026)");
        OrderFile transfer = TestOrders.file(TestOrders.order(PaymentMethod.VIR).withHandoverAt(rdv));
        assertThat(rule.check(transfer, at("2026-04-12T10:00"))).isEmpty();
    }

    // 004:53 "Si CRD, en informer son N+1 pour transférer des fonds du wallet Cofidis Ou Mobilize vers wallet acheteur"
    @Test
    void si_crd_le_n_plus_1_transfere_les_fonds_du_wallet() {
        var rule = new CreditFundsTransferred();
        assertThat(rule.check(credit, at("2026-04-14T12:00"))).singleElement()
                .extracting(RuleViolation::message).asString().contains("COFIDIS", "N+1");
        OrderFile asked = credit.withApproval(approval(ApprovalKind.TRANSFERT_FONDS_CREDIT, ApprovalStatus.DEMANDEE, null));
        assertThat(rule.check(asked, at("2026-04-14T12:00"))).hasSize(1);
        OrderFile done = credit.withApproval(approval(ApprovalKind.TRANSFERT_FONDS_CREDIT, ApprovalStatus.APPROUVEE, null));
        assertThat(rule.check(done, at("2026-04-14T12:00"))).isEmpty();
    }

    // 004:42 "CT reçu et mis dans le BO ou validation du passage de CT dans le pipe par l'ADV."
    @Test
    void ct_recu_de_moins_de_6_mois_pour_un_vehicule_de_plus_de_4_ans() {
        var rule = new CtReportValid(RuleSettings.SEED_004, TestOrders.PARIS);
        OrderFile old = credit; // first registered 2019-03-01, seven years at the sale
        assertThat(rule.check(old, at("2026-04-12T10:00"))).singleElement()
                .extracting(RuleViolation::message).asString().contains("procès-verbal non reçu");
        OrderFile recent = old.withDocument(document(DocumentType.RAPPORT_CT, DocumentStatus.RECU,
                LocalDate.of(2025, 10, 15)));
        assertThat(rule.check(recent, at("2026-04-12T10:00"))).isEmpty();
        OrderFile stale = old.withDocument(document(DocumentType.RAPPORT_CT, DocumentStatus.VALIDE,
                LocalDate.of(2025, 10, 14)));
        assertThat(rule.check(stale, at("2026-04-12T10:00"))).singleElement()
                .extracting(RuleViolation::message).asString()
                .isEqualTo("CT : contrôle du 14/10/2025, plus de 6 mois avant la vente du 14/04/2026 — nouveau CT nécessaire");
    }

    @Test
    void a_vehicle_under_4_years_at_the_sale_has_no_ct_yet() {
        var rule = new CtReportValid(RuleSettings.SEED_004, TestOrders.PARIS);
        var young = TestOrders.withVehicle(credit.order(), TestOrders.vehicle(LocalDate.of(2022, 4, 15)));
        assertThat(rule.check(credit.withOrder(young), at("2026-04-12T10:00"))).isEmpty();
        var fourYears = TestOrders.withVehicle(credit.order(), TestOrders.vehicle(LocalDate.of(2022, 4, 14)));
        assertThat(rule.check(credit.withOrder(fourYears), at("2026-04-12T10:00"))).hasSize(1);
    }
}
