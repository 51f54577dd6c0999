package fr.cession.domain.workflow;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.time.FrenchCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.ADV;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static org.assertj.core.api.Assertions.assertThat;

/** The workflow driven by the playbook the users edit, {@code config/playbook-b2c.yaml}. */
class RealPlaybookWorkflowTest {

    private final WorkflowFixture f = new WorkflowFixture(
            new PlaybookLoader(new FrenchCalendar()).load(Path.of("config/playbook-b2c.yaml")));

    private void organised(PaymentMethod method, HandoverMode mode) {
        f.create(TestOrders.order(method, TestOrders.person(), mode));
        f.workflow.advance(f.id(), COMMERCIAL);
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        f.workflow.advance(f.id(), COMMERCIAL);
    }

    @Test
    void creation_plans_the_reservation_and_destocking_activities_and_lists_the_cg_documents() {
        OrderFile file = f.create(TestOrders.order(PaymentMethod.VIR));
        assertThat(file.activities()).extracting(a -> a.typeCode())
                .containsExactlyInAnyOrder("reservation", "demande_destockage");
        assertThat(file.documents()).extracting(d -> d.type()).contains(DocumentType.CNI,
                DocumentType.JUSTIFICATIF_DOMICILE, DocumentType.PERMIS, DocumentType.ASSURANCE);
    }

    // 004:33 "Si CHQ, vérifier l'accréditation de l'inspecteur" — the line the real playbook requires at paiement_verifie
    @Test
    void a_cheque_order_needs_the_accreditation_line_ticked() {
        organised(PaymentMethod.CHQ, HandoverMode.CESSION);
        assertThat(f.file().order().status()).isEqualTo(OrderStatus.ORGANISEE);
        assertThat(f.workflow.check(f.id())).extracting(RuleViolation::seedRef).contains("004:33")
                .doesNotContain("004:40");
        f.workflow.tick(f.id(), f.file().item("accreditation_inspecteur").orElseThrow().id(), COMMERCIAL);
        assertThat(f.workflow.check(f.id())).extracting(RuleViolation::seedRef).doesNotContain("004:33");
    }

    @Test
    void a_transfer_order_reaches_paiement_verifie_then_needs_the_sale_documents() {
        organised(PaymentMethod.VIR, HandoverMode.CESSION);
        f.now("2026-04-09T10:00");
        f.allDocumentsValid(LocalDate.of(2026, 3, 20));
        f.workflow.markDocumentReceived(f.id(), DocumentType.RAPPORT_CT, LocalDate.of(2026, 4, 2), null, ADV);
        f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("15000"),
                at("2026-04-08T09:00"), at("2026-04-09T09:00"), null, COMMERCIAL);
        assertThat(f.workflow.check(f.id())).isEmpty();
        OrderFile verified = f.workflow.advance(f.id(), ADV);
        assertThat(verified.order().status()).isEqualTo(OrderStatus.PAIEMENT_VERIFIE);
        assertThat(verified.documents()).filteredOn(d -> d.status() == DocumentStatus.MANQUANT)
                .extracting(d -> d.type()).contains(DocumentType.BON_DE_REMISE, DocumentType.CERFA_CESSION);
        assertThat(f.workflow.check(f.id())).extracting(RuleViolation::message)
                .contains("Passage en vendue impossible : Bon de remise manquant");
    }

    // 004:73-76 "Si la commande annulée est déjà organisée dans le BO : ... Annuler le Driiveme associé"
    @Test
    void cancelling_an_organised_delivery_plans_the_calls_and_asks_for_kyc2() {
        organised(PaymentMethod.VIR, HandoverMode.LIVRAISON);
        OrderFile file = f.workflow.cancel(f.id(), CancellationCase.FONDS_RECUS, "Le client renonce", COMMERCIAL);
        assertThat(file.order().status()).isEqualTo(OrderStatus.ANNULEE);
        var calls = file.activity("annulation_deja_organisee").orElseThrow();
        assertThat(calls.state()).isEqualTo(ActivityState.OUVERTE);
        assertThat(file.itemsOf(calls.id())).extracting(i -> i.lineCode())
                .containsExactly("stopper_travaux_adv", "prevenir_inspecteur", "annuler_driiveme");
        assertThat(file.activity("annulation_fonds_recus")).isPresent();
        assertThat(file.activity("verification_documents").orElseThrow().state()).isEqualTo(ActivityState.ANNULEE);
        assertThat(file.documents()).extracting(d -> d.type())
                .contains(DocumentType.PIECE_IDENTITE_KYC_1, DocumentType.PIECE_IDENTITE_KYC_2, DocumentType.RIB);
    }

    // 004:28 "J-5 avant la vente": the checks follow the hand-over date, unless a person moved one with a reason
    @Test
    void a_due_date_moved_by_hand_stays_when_the_hand_over_date_changes() {
        organised(PaymentMethod.VIR, HandoverMode.CESSION);
        var docs = f.file().activity("verification_documents").orElseThrow();
        java.util.Map<String, java.time.Instant> before = new java.util.HashMap<>();
        f.file().activities().forEach(a -> before.put(a.typeCode(), a.dueAt()));
        f.workflow.moveActivityDue(f.id(), docs.id(), at("2026-04-08T12:00"), "Client absent la semaine du 9",
                COMMERCIAL);

        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-15T10:00"), COMMERCIAL);

        assertThat(f.file().activity("verification_documents").orElseThrow().dueAt()).isEqualTo(at("2026-04-08T12:00"));
        assertThat(f.file().activities()).filteredOn(a -> a.isOpen() && !a.typeCode().equals("verification_documents"))
                .as("the other checks counted from the hand-over moved with it")
                .anyMatch(a -> a.dueAt().isAfter(before.get(a.typeCode())));
    }
}
