package fr.cession.domain.workflow;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.ADV;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static fr.cession.domain.workflow.WorkflowFixture.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CancellationTest {

    private final WorkflowFixture f = new WorkflowFixture();

    private void organisedWithFunds() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.advance(f.id(), COMMERCIAL);
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        f.workflow.advance(f.id(), COMMERCIAL);
        f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("15000"),
                at("2026-04-01T08:00"), at("2026-04-01T09:00"), null, COMMERCIAL);
    }

    // 004:62-64 "Réception seulement des frais de réservation : Le commercial fait une demande de
    // remboursement au manager. Il passe la commande en annulé dans le BO."
    @Test
    void frais_de_reservation_seuls_refund_request_then_annulee() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        OrderFile file = f.workflow.cancel(f.id(), CancellationCase.FRAIS_RESERVATION_SEULS, "Le client renonce",
                COMMERCIAL);
        assertThat(file.order().status()).isEqualTo(OrderStatus.ANNULEE);
        assertThat(file.order().cancellation().statusBefore()).isEqualTo(OrderStatus.RESERVEE);
        assertThat(file.approvals()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ApprovalKind.REMBOURSEMENT);
            assertThat(a.amount()).isEqualByComparingTo("500");
            assertThat(a.requestedBy()).isEqualTo("jdupont");
        });
        assertThat(file.activities()).allMatch(a -> a.state() == ActivityState.ANNULEE);
        assertThat(file.document(DocumentType.RIB)).isEmpty();
        f.workflow.decideApproval(f.id(), file.approvals().get(0).id(), true, MANAGER);
        assertThatThrownBy(() -> f.workflow.cancel(f.id(), CancellationCase.FONDS_RECUS, "encore", COMMERCIAL))
                .hasMessageContaining("Annulation impossible");
    }

    // 004:65-71 after the funds: two IDs and a RIB for KYC 2, "Une fois le statut validé, le manager procède au remboursement"
    // 004:73-76 "Si la commande annulée est déjà organisée dans le BO : Avertir l'ADV ... Prévenir l'inspecteur ... Annuler le Driiveme"
    @Test
    void fonds_recus_on_an_organised_order_plans_the_calls_and_waits_for_kyc2() {
        organisedWithFunds();
        OrderFile file = f.workflow.cancel(f.id(), CancellationCase.FONDS_RECUS, "Financement refusé", COMMERCIAL);
        assertThat(file.activities()).filteredOn(a -> !a.typeCode().equals(FakePlaybook.ANNULATION))
                .allMatch(a -> a.state() == ActivityState.ANNULEE);
        var stop = file.activity(FakePlaybook.ANNULATION).orElseThrow();
        assertThat(stop.state()).isEqualTo(ActivityState.OUVERTE);
        assertThat(file.itemsOf(stop.id())).extracting(i -> i.seedRef()).containsExactly("004:74", "004:75", "004:76");
        assertThat(file.documents()).filteredOn(d -> d.status() == DocumentStatus.MANQUANT)
                .extracting(d -> d.type())
                .contains(DocumentType.PIECE_IDENTITE_KYC_1, DocumentType.PIECE_IDENTITE_KYC_2, DocumentType.RIB);
        var refund = file.approvals().stream().filter(a -> a.kind() == ApprovalKind.REMBOURSEMENT).findFirst()
                .orElseThrow();
        assertThat(refund.amount()).isEqualByComparingTo("15000");

        assertThatThrownBy(() -> f.workflow.decideApproval(f.id(), refund.id(), true, MANAGER))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).hasSize(3).extracting(RuleViolation::seedRef).containsOnly("004:67"));
        assertThatThrownBy(() -> f.workflow.markDocumentReceived(f.id(), DocumentType.RIB, null,
                "FR76 3000 6000 0112 3456 7890 188", COMMERCIAL))
                .isInstanceOf(ValidationException.class).hasMessageContaining("clé de contrôle");
        for (DocumentType t : new DocumentType[] {DocumentType.PIECE_IDENTITE_KYC_1, DocumentType.PIECE_IDENTITE_KYC_2,
                DocumentType.RIB}) {
            f.workflow.markDocumentReceived(f.id(), t, null,
                    t == DocumentType.RIB ? "fr76 3000 6000 0112 3456 7890 189" : null, COMMERCIAL);
            f.workflow.validateDocument(f.id(), t, ADV);
        }
        assertThat(f.file().document(DocumentType.RIB).orElseThrow().reference()).isEqualTo("FR7630006000011234567890189");
        OrderFile refunded = f.workflow.decideApproval(f.id(), refund.id(), true, MANAGER);
        assertThat(refunded.approvals()).filteredOn(a -> a.id().equals(refund.id()))
                .singleElement().satisfies(a -> {
                    assertThat(a.status()).isEqualTo(ApprovalStatus.APPROUVEE);
                    assertThat(a.decidedBy()).isEqualTo("mgr");
                });
    }

    @Test
    void an_order_cancelled_before_being_organised_has_no_calls_to_make() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        OrderFile file = f.workflow.cancel(f.id(), CancellationCase.FONDS_RECUS, "changement d'avis", COMMERCIAL);
        assertThat(file.activity(FakePlaybook.ANNULATION)).isEmpty();
    }

    // 004:65 "rétractation dans le délai des 14 jours"
    @Test
    void retractation_within_14_days_of_receiving_the_vehicle() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.now("2026-05-08T10:00");
        f.workflow.edits().recordVehicleReceived(f.id(), LocalDate.of(2026, 4, 23), COMMERCIAL);
        assertThatThrownBy(() -> f.workflow.edits().recordWithdrawalNotice(f.id(), LocalDate.of(2026, 5, 8), COMMERCIAL))
                .hasMessageContaining("après la fin du délai de 14 jours le 07/05/2026");
        assertThatThrownBy(() -> f.workflow.cancel(f.id(), CancellationCase.RETRACTATION, "rétractation", COMMERCIAL))
                .isInstanceOf(RuleViolationException.class);
        f.workflow.edits().recordWithdrawalNotice(f.id(), LocalDate.of(2026, 5, 7), COMMERCIAL);
        OrderFile file = f.workflow.cancel(f.id(), CancellationCase.RETRACTATION, "rétractation", COMMERCIAL);
        assertThat(file.order().status()).isEqualTo(OrderStatus.ANNULEE);
        assertThat(file.approvals()).singleElement().extracting(a -> a.detail()).asString()
                .contains("au plus tard le 2026-05-21");
    }

    @Test
    void dates_in_the_future_and_missing_reasons_are_refused() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        assertThatThrownBy(() -> f.workflow.edits().recordVehicleReceived(f.id(), LocalDate.of(2026, 4, 2), COMMERCIAL))
                .isInstanceOf(ValidationException.class).hasMessageContaining("futur");
        assertThatThrownBy(() -> f.workflow.cancel(f.id(), CancellationCase.FONDS_RECUS, " ", COMMERCIAL))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Motif");
    }
}
