package fr.cession.ui;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.ValidationException;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.real.RealStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The screens' commands over the real workflow and store. */
class WorkflowOrderActionsTest {

    private static final Actor MANAGER = new Actor("mlefevre", "Marc Lefèvre", Role.MANAGER, "LYON");

    private final RealStore real = new RealStore();
    private final OrderActions actions = real.actions;

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void createsPlansAndReportsBlockersInFrench() {
        OrderFile f = actions.create(real.draft("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1, PaymentMethod.VIR),
                TestUi.ACTOR);
        assertThat(f.activities()).isNotEmpty();
        actions.advance(f.orderId(), TestUi.ACTOR);
        assertThat(actions.blockers(f.orderId())).isNotEmpty().allSatisfy(b -> assertThat(b).isNotBlank());
        assertThatThrownBy(() -> actions.advance(f.orderId(), TestUi.ACTOR))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anAnnouncedPaymentKeepsItsMethodAndIsConfirmedLater() {
        OrderFile f = actions.create(real.draft("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1, PaymentMethod.CHQ),
                TestUi.ACTOR);
        actions.recordPayment(f.orderId(), PaymentKind.SOLDE, PaymentMethod.CHQ, new BigDecimal("18490"), false, null,
                TestUi.ACTOR);
        Payment p = real.repo.load(f.orderId()).orElseThrow().payments().get(0);
        assertThat(p.method()).isEqualTo(PaymentMethod.CHQ);
        assertThat(p.isReceived()).isFalse();
        // 004:55 a bank cheque's receipt is a designated handler's
        assertThatThrownBy(() -> actions.confirmPaymentReceived(f.orderId(), p.id(), TestUi.ACTOR))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("responsable des chèques");
        Actor handler = new Actor("dmartin", "Déborah Martin", Role.ADV, "LYON",
                java.util.Set.of(Role.RESPONSABLE_CHEQUES));
        actions.confirmPaymentReceived(f.orderId(), p.id(), handler);
        assertThat(real.repo.load(f.orderId()).orElseThrow().payments().get(0).isReceived()).isTrue();
    }

    @Test
    void invalidDraftIsRefusedFieldByField() {
        assertThatThrownBy(() -> actions.create(real.draft("Martin", "IO-123-CD", "VF1", 1, PaymentMethod.VIR),
                TestUi.ACTOR)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(er -> er.field()).contains("vehicle.plate", "vehicle.vin"));
    }

    @Test
    void onlyAManagerDecides() {
        // 004:53 "le commercial doit en informer son N+1 qui procédera au transfert des fonds"
        OrderFile f = actions.create(real.draft("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1, PaymentMethod.CRD),
                TestUi.ACTOR);
        actions.requestApproval(f.orderId(), ApprovalKind.TRANSFERT_FONDS_CREDIT, null, "Fonds Cofidis",
                TestUi.ACTOR);
        UUID id = real.repo.load(f.orderId()).orElseThrow().approvals().get(0).id();
        assertThatThrownBy(() -> actions.decideApproval(f.orderId(), id, true, TestUi.ACTOR))
                .hasMessageContaining("Seul un manager peut décider");
        actions.decideApproval(f.orderId(), id, true, MANAGER);
        assertThat(real.repo.load(f.orderId()).orElseThrow().approvals().get(0).status())
                .isEqualTo(ApprovalStatus.APPROUVEE);
    }
}
