package fr.cession.domain.rules;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.RuleSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.rules.TestOrders.payment;
import static org.assertj.core.api.Assertions.assertThat;

// 004:40 "Confirmation du VIR 72h avant le RDV/Livraison = ORDRE DE VIREMENT puis vérification de la
// réception des fond"
class TransferOrderConfirmedTest {

    private final TransferOrderConfirmed rule = new TransferOrderConfirmed(RuleSettings.SEED_004, TestOrders.PARIS);
    private final LocalDateTime rdv = LocalDateTime.parse("2026-04-14T10:00"); // cut-off 2026-04-11 10:00

    private OrderFile vir() {
        return TestOrders.file(TestOrders.order(PaymentMethod.VIR).withHandoverAt(rdv));
    }

    @Test
    void ordre_de_virement_72h_avant_puis_fonds_recus() {
        OrderFile ok = vir().withPayment(payment(PaymentKind.SOLDE, PaymentMethod.VIR, "14500.00",
                at("2026-04-11T10:00"), at("2026-04-12T09:00"), null));
        assertThat(rule.check(ok, at("2026-04-12T10:00"))).isEmpty();
    }

    @Test
    void an_order_confirmed_less_than_72h_before_or_not_received_is_refused() {
        OrderFile late = vir().withPayment(payment(PaymentKind.SOLDE, PaymentMethod.VIR, "14500.00",
                at("2026-04-11T10:01"), null, null));
        assertThat(rule.check(late, at("2026-04-12T10:00"))).extracting(RuleViolation::message)
                .containsExactly("Virement de 14 500,00 € : ordre confirmé le 11/04/2026 à 10h01, moins de 72 h avant le RDV",
                        "Virement de 14 500,00 € : fonds non reçus");
    }

    @Test
    void no_transfer_recorded_or_not_confirmed() {
        assertThat(rule.check(vir(), at("2026-04-10T10:00"))).extracting(RuleViolation::message)
                .containsExactly("Virement : aucun ordre de virement enregistré");
        OrderFile announced = vir().withPayment(payment(PaymentKind.SOLDE, PaymentMethod.VIR, "14500.00", null,
                null, null));
        assertThat(rule.check(announced, at("2026-04-10T10:00"))).extracting(RuleViolation::message)
                .contains("Virement de 14 500,00 € : ordre de virement non confirmé");
    }

    @Test
    void does_not_concern_a_cheque_payment() {
        OrderFile chq = TestOrders.file(TestOrders.order(PaymentMethod.CHQ).withHandoverAt(rdv));
        assertThat(rule.check(chq, at("2026-04-12T10:00"))).isEmpty();
    }
}
