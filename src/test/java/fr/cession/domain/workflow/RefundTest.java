package fr.cession.domain.workflow;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.approval.RefusalNote;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.ADV;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static fr.cession.domain.workflow.WorkflowFixture.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 004:63 "demande de remboursement au manager", 004:71 "le manager procède au remboursement": the
 * manager's approval records the refund to pay and plans its activity (the real playbook's
 * {@code remboursement_a_payer}); paying it is a recorded payment, never a tick.
 */
class RefundTest {

    private static final Actor OTHER_MANAGER = new Actor("mgr2", "Mona Manager", Role.MANAGER, "LYON");
    private static final String IBAN = "FR7630006000011234567890189";

    private final WorkflowFixture f = new WorkflowFixture(
            new PlaybookLoader(new FrenchCalendar()).load(Path.of("config/playbook-b2c.yaml")));

    /** Paid 15,000 €, delivered on 20/04, withdrawn on 25/04 (004:65), KYC 2 papers validated (004:67-69). */
    private ApprovalRequest withdrawnWithKyc() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("15000"),
                at("2026-04-01T08:00"), at("2026-04-01T09:00"), null, COMMERCIAL);
        f.now("2026-04-27T10:00");
        f.workflow.edits().recordVehicleReceived(f.id(), LocalDate.of(2026, 4, 20), COMMERCIAL);
        f.workflow.edits().recordWithdrawalNotice(f.id(), LocalDate.of(2026, 4, 25), COMMERCIAL);
        OrderFile file = f.workflow.cancel(f.id(), CancellationCase.RETRACTATION, "rétractation", COMMERCIAL);
        for (DocumentType t : new DocumentType[] {DocumentType.PIECE_IDENTITE_KYC_1, DocumentType.PIECE_IDENTITE_KYC_2,
                DocumentType.RIB}) {
            f.workflow.markDocumentReceived(f.id(), t, null, t == DocumentType.RIB ? IBAN : null, COMMERCIAL);
            f.workflow.validateDocument(f.id(), t, ADV);
        }
        return file.approvals().stream().filter(a -> a.kind() == ApprovalKind.REMBOURSEMENT).findFirst().orElseThrow();
    }

    // 004:71 + L221-24: the refund is owed to the IBAN of the validated RIB, within 14 days of the withdrawal notice
    @Test
    void an_approved_refund_is_recorded_to_pay_with_the_ribs_iban_and_an_activity_due_14_days_after_the_notice() {
        ApprovalRequest refund = withdrawnWithKyc();
        OrderFile file = f.workflow.decideApproval(f.id(), refund.id(), true, MANAGER);

        assertThat(file.payments()).filteredOn(p -> p.kind() == PaymentKind.REMBOURSEMENT).singleElement()
                .satisfies(p -> {
                    assertThat(p.amount()).isEqualByComparingTo("15000");
                    assertThat(p.reference()).isEqualTo(IBAN);
                    assertThat(p.isReceived()).isFalse();
                });
        var pay = file.activity("remboursement_a_payer").orElseThrow();
        assertThat(pay.state()).isEqualTo(ActivityState.OUVERTE);
        assertThat(pay.role()).isEqualTo(Role.MANAGER);
        assertThat(pay.assignee()).as("the manager who approved pays").isEqualTo("mgr");
        assertThat(pay.dueAt()).isEqualTo(at("2026-05-09T18:00"));
    }

    // 004:71: "le manager procède au remboursement" — the payment, not a tick, finishes it
    @Test
    void the_refund_activity_cannot_be_ticked_by_hand_and_finishes_when_the_refund_is_confirmed_paid() {
        ApprovalRequest refund = withdrawnWithKyc();
        OrderFile file = f.workflow.decideApproval(f.id(), refund.id(), true, MANAGER);
        var pay = file.activity("remboursement_a_payer").orElseThrow();
        var line = file.itemsOf(pay.id()).get(0);

        assertThatThrownBy(() -> f.workflow.tick(f.id(), line.id(), MANAGER))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::key).containsExactly("rule.refund.payFirst"));
        assertThatThrownBy(() -> f.workflow.completeActivity(f.id(), pay.id(), MANAGER))
                .isInstanceOf(RuleViolationException.class);

        Payment owed = file.payments().stream().filter(p -> p.kind() == PaymentKind.REMBOURSEMENT).findFirst()
                .orElseThrow();
        OrderFile paid = f.workflow.confirmPaymentReceived(f.id(), owed.id(), at("2026-04-27T09:30"), MANAGER);
        assertThat(paid.activity("remboursement_a_payer").orElseThrow().state()).isEqualTo(ActivityState.FAITE);
        assertThat(paid.itemsOf(pay.id())).allMatch(i -> i.checked() && "mgr".equals(i.checkedBy()));
        assertThat(RefundDesk.held(paid)).isZero();
    }

    // 004:63 a refund goes through the manager: recorded by hand only once approved, never above what is held
    @Test
    void a_refund_recorded_by_hand_needs_an_approval_and_never_exceeds_what_is_held() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.recordPayment(f.id(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, new BigDecimal("500"),
                null, at("2026-04-01T09:00"), null, COMMERCIAL);
        OrderFile file = f.workflow.cancel(f.id(), CancellationCase.FRAIS_RESERVATION_SEULS, "renonce", COMMERCIAL);
        assertThatThrownBy(() -> f.workflow.recordPayment(f.id(), PaymentKind.REMBOURSEMENT, PaymentMethod.VIR,
                new BigDecimal("500"), null, at("2026-04-01T09:30"), null, COMMERCIAL))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::key).containsExactly("rule.refund.notApproved"));

        OrderFile approved = f.workflow.decideApproval(f.id(), file.approvals().get(0).id(), true, MANAGER);
        assertThat(approved.payments()).filteredOn(p -> p.kind() == PaymentKind.REMBOURSEMENT)
                .singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("500"));
        // the approved 500 € is already owed: a second refund by hand would pay it twice
        assertThatThrownBy(() -> f.workflow.recordPayment(f.id(), PaymentKind.REMBOURSEMENT, PaymentMethod.VIR,
                new BigDecimal("0.01"), null, at("2026-04-01T09:30"), null, COMMERCIAL))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::key).containsExactly("rule.refund.aboveHeld"));
    }

    @Test
    void a_manager_cannot_approve_a_refund_above_what_the_order_holds() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.recordPayment(f.id(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, new BigDecimal("500"),
                null, at("2026-04-01T09:00"), null, COMMERCIAL);
        f.workflow.cancel(f.id(), CancellationCase.FRAIS_RESERVATION_SEULS, "renonce", COMMERCIAL);
        OrderFile asked = f.workflow.requestApproval(f.id(), ApprovalKind.REMBOURSEMENT, new BigDecimal("800"),
                "geste commercial", COMMERCIAL);
        ApprovalRequest tooMuch = asked.approvals().stream().filter(a -> a.amount().compareTo(new BigDecimal("800")) == 0)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> f.workflow.decideApproval(f.id(), tooMuch.id(), true, MANAGER))
                .hasMessageContaining("800,00 €").hasMessageContaining("500,00 €");
        assertThat(f.file().payments()).noneMatch(p -> p.kind() == PaymentKind.REMBOURSEMENT);
    }

    // 004:26 and 004:63: the manager decides, never on their own request (four eyes)
    @Test
    void nobody_approves_their_own_request_but_another_manager_may() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        OrderFile asked = f.workflow.requestApproval(f.id(), ApprovalKind.REVUE_FRAUDE, null, "acheteur lointain",
                MANAGER);
        ApprovalRequest own = asked.approvals().get(0);
        assertThatThrownBy(() -> f.workflow.decideApproval(f.id(), own.id(), true, MANAGER))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::key).containsExactly("rule.approval.ownRequest"));
        assertThatThrownBy(() -> f.workflow.decideApproval(f.id(), own.id(), true, COMMERCIAL))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Seul un manager");
        OrderFile decided = f.workflow.decideApproval(f.id(), own.id(), true, OTHER_MANAGER);
        assertThat(decided.approvals().get(0).status()).isEqualTo(ApprovalStatus.APPROUVEE);
        assertThat(decided.approvals().get(0).decidedBy()).isEqualTo("mgr2");
    }

    @Test
    void a_refusal_keeps_the_managers_reason_after_what_was_asked_and_a_blank_reason_is_refused() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-25T10:00"), COMMERCIAL);
        ApprovalRequest asked = f.file().approvals().stream()
                .filter(a -> a.kind() == ApprovalKind.DATE_CESSION_HORS_DELAI).findFirst().orElseThrow();
        assertThatThrownBy(() -> f.workflow.refuseApproval(f.id(), asked.id(), "  ", MANAGER))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Motif du refus");
        assertThatThrownBy(() -> f.workflow.refuseApproval(f.id(), asked.id(), "x".repeat(RefusalNote.MAX_REASON + 1),
                MANAGER)).isInstanceOf(ValidationException.class);

        OrderFile refused = f.workflow.refuseApproval(f.id(), asked.id(), "Le client peut venir le 14", MANAGER);
        ApprovalRequest r = refused.approvals().stream().filter(a -> a.id().equals(asked.id())).findFirst().orElseThrow();
        assertThat(r.status()).isEqualTo(ApprovalStatus.REFUSEE);
        assertThat(r.decidedBy()).isEqualTo("mgr");
        assertThat(RefusalNote.of(r.detail())).contains("Le client peut venir le 14");
        assertThat(RefusalNote.askedDetail(r.detail())).isEqualTo(asked.detail());
    }
}
