package fr.cession.domain.workflow;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.approval.WithdrawalReason;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static fr.cession.domain.workflow.WorkflowFixture.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests to a manager follow the order. 004:26 "Mettre la date de cession dans le Bo (10 jours
 * minimum après la résa ... avec un maximum de 15 jours si + voir avec manager)": reserved on
 * 01/04/2026, a date after 16/04 needs the manager; a request about a date the order no longer
 * has is withdrawn ("date modifiée"), and its requester may take a pending request back.
 */
class ApprovalWithdrawalTest {

    private final WorkflowFixture f = new WorkflowFixture();

    @BeforeEach
    void created() {
        f.create(TestOrders.order(PaymentMethod.VIR));
    }

    private List<ApprovalRequest> dateRequests() {
        return f.file().approvals().stream().filter(a -> a.kind() == ApprovalKind.DATE_CESSION_HORS_DELAI).toList();
    }

    private void handover(String at) {
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse(at), COMMERCIAL);
    }

    // 004:26: a new date still beyond 15 days withdraws the old request and opens one for the new date
    @Test
    void a_new_date_beyond_the_window_replaces_the_pending_request() {
        handover("2026-04-20T10:00");
        assertThat(dateRequests()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApprovalStatus.DEMANDEE);
            assertThat(a.detail()).isEqualTo("2026-04-20");
        });
        handover("2026-04-22T10:00");
        assertThat(dateRequests()).hasSize(2);
        ApprovalRequest old = dateRequests().stream().filter(a -> a.askedDetail().equals("2026-04-20")).findFirst()
                .orElseThrow();
        assertThat(old.status()).isEqualTo(ApprovalStatus.RETIREE);
        assertThat(old.withdrawalReason()).contains(WithdrawalReason.DATE_MODIFIEE);
        assertThat(old.detail()).endsWith("date modifiée");
        assertThat(dateRequests()).filteredOn(a -> a.status().pending()).singleElement()
                .extracting(ApprovalRequest::detail).isEqualTo("2026-04-22");
    }

    // 004:26: a new date back inside the window needs no manager: the pending request is withdrawn, none opens
    @Test
    void a_new_date_inside_the_window_withdraws_the_request_and_asks_nothing() {
        handover("2026-04-20T10:00");
        handover("2026-04-14T10:00");
        assertThat(dateRequests()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApprovalStatus.RETIREE);
            assertThat(a.withdrawalReason()).contains(WithdrawalReason.DATE_MODIFIEE);
        });
        assertThat(f.workflow.check(f.id())).extracting(v -> v.seedRef()).doesNotContain("004:26");
    }

    // 004:26: a decision already made is the manager's; a later date change leaves it as it was
    @Test
    void a_decided_request_is_not_withdrawn_by_a_date_change() {
        handover("2026-04-20T10:00");
        ApprovalRequest asked = dateRequests().get(0);
        f.workflow.decideApproval(f.id(), asked.id(), true, MANAGER);
        handover("2026-04-14T10:00");
        assertThat(dateRequests()).singleElement().extracting(ApprovalRequest::status)
                .isEqualTo(ApprovalStatus.APPROUVEE);
    }

    @Test
    void the_requester_withdraws_a_pending_request() {
        f.workflow.requestApproval(f.id(), ApprovalKind.REMBOURSEMENT, new BigDecimal("500"), "Frais", COMMERCIAL);
        ApprovalRequest asked = f.file().approvals().get(0);
        f.workflow.withdrawApproval(f.id(), asked.id(), COMMERCIAL);
        ApprovalRequest withdrawn = f.file().approvals().get(0);
        assertThat(withdrawn.status()).isEqualTo(ApprovalStatus.RETIREE);
        assertThat(withdrawn.withdrawalReason()).contains(WithdrawalReason.PAR_LE_DEMANDEUR);
        assertThat(withdrawn.askedDetail()).isEqualTo("Frais");
        assertThat(withdrawn.decidedBy()).isEqualTo(COMMERCIAL.login());
    }

    @Test
    void someone_else_cannot_withdraw_it() {
        f.workflow.requestApproval(f.id(), ApprovalKind.REMBOURSEMENT, new BigDecimal("500"), null, COMMERCIAL);
        ApprovalRequest asked = f.file().approvals().get(0);
        Actor colleague = new Actor("pmartin", "Paul Martin", Role.COMMERCIAL, "LYON");
        assertThatThrownBy(() -> f.workflow.withdrawApproval(f.id(), asked.id(), colleague))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Seul le demandeur");
        assertThat(f.file().approvals().get(0).status()).isEqualTo(ApprovalStatus.DEMANDEE);
    }

    @Test
    void a_decided_request_cannot_be_withdrawn() {
        f.workflow.requestApproval(f.id(), ApprovalKind.REMBOURSEMENT, new BigDecimal("500"), null, COMMERCIAL);
        ApprovalRequest asked = f.file().approvals().get(0);
        f.workflow.decideApproval(f.id(), asked.id(), false, MANAGER);
        assertThatThrownBy(() -> f.workflow.withdrawApproval(f.id(), asked.id(), COMMERCIAL))
                .isInstanceOf(RuleViolationException.class).hasMessage("Demande déjà refusée");
        assertThat(f.file().approvals().get(0).status()).isEqualTo(ApprovalStatus.REFUSEE);
    }
}
