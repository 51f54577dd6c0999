package fr.cession.domain.workflow;

import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static fr.cession.domain.workflow.WorkflowFixture.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 004:55 "Si chèque de banque, clément et déborah responsable": designated people take bank cheques in. */
class BankChequeHandlersTest {

    private static final Actor CLEMENT = new Actor("cbernard", "Clément Bernard", Role.ADV, "LYON",
            Set.of(Role.ADV, Role.RESPONSABLE_CHEQUES));

    private final WorkflowFixture f = new WorkflowFixture();

    @Test
    void anyoneAnnouncesABankChequeButOnlyADesignatedHandlerRecordsItsReceipt_004_55() {
        f.create(TestOrders.order(PaymentMethod.CHQ));
        Payment announced = f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.CHQ,
                new BigDecimal("14500"), null, null, null, COMMERCIAL).payments().get(0);

        for (Actor notDesignated : new Actor[] {COMMERCIAL, MANAGER}) {
            assertThatThrownBy(() -> f.workflow.confirmPaymentReceived(f.id(), announced.id(), at("2026-04-01T09:00"),
                    notDesignated)).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                    .extracting(RuleViolation::seedRef, RuleViolation::key)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("004:55", "rule.cheque.handlerOnly")));
        }
        assertThatThrownBy(() -> f.workflow.recordPayment(f.id(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.CHQ,
                new BigDecimal("500"), null, at("2026-04-01T09:00"), null, COMMERCIAL))
                .hasMessageContaining("Jeanne Dupont ne l'est pas");
        assertThat(f.file().payments()).singleElement().satisfies(p -> assertThat(p.isReceived()).isFalse());

        f.workflow.confirmPaymentReceived(f.id(), announced.id(), at("2026-04-01T09:00"), CLEMENT);
        assertThat(f.file().payments()).singleElement().satisfies(p -> assertThat(p.isReceived()).isTrue());
    }

    @Test
    void aTransferOrACreditIsReceivedByAnyone() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("14500"),
                at("2026-04-01T08:00"), at("2026-04-01T09:00"), null, COMMERCIAL);
        assertThat(f.file().payments()).singleElement().satisfies(p -> assertThat(p.isReceived()).isTrue());
    }
}
