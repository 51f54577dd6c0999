package fr.cession.domain.payment;

import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.rules.TestOrders;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.cession.domain.rules.TestOrders.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What the payment form pre-fills: 15 000 € vehicle, 500 € fee; a credit of 3 000 € down and 12 000 € lent. */
class AmountDueTest {

    @Test
    void cashOrderFeeFirstThenTheBalance() {
        Order o = TestOrders.order(PaymentMethod.VIR);
        AmountDue none = new AmountDue(o, List.of());
        assertThat(none.nextKind()).isEqualTo(PaymentKind.FRAIS_RESERVATION);
        assertThat(none.due(PaymentKind.FRAIS_RESERVATION)).isEqualByComparingTo("500");
        assertThat(none.due(PaymentKind.SOLDE)).isEqualByComparingTo("14500");
        assertThat(none.due(PaymentKind.APPORT)).isEqualByComparingTo("0");

        Payment fee = TestOrders.payment(PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, "500",
                at("2026-04-01T10:00"), at("2026-04-01T10:00"), null);
        // an announced transfer counts: asking for it again would double it
        Payment announced = TestOrders.payment(PaymentKind.SOLDE, PaymentMethod.VIR, "10000",
                at("2026-04-02T10:00"), null, null);
        AmountDue some = new AmountDue(o, List.of(fee, announced));
        assertThat(some.nextKind()).isEqualTo(PaymentKind.SOLDE);
        assertThat(some.due(PaymentKind.SOLDE)).isEqualByComparingTo("4500");
        assertThat(some.total()).isEqualByComparingTo("4500");
        // only what was received can be refunded
        assertThat(some.due(PaymentKind.REMBOURSEMENT)).isEqualByComparingTo("500");
    }

    // 004:8 "mettre les montant apport/financement dans la fiche pipe"
    @Test
    void creditOrderDownPaymentThenLoanThenWhatIsLeft() {
        Order o = TestOrders.order(PaymentMethod.CRD);
        Payment fee = TestOrders.payment(PaymentKind.FRAIS_RESERVATION, PaymentMethod.CRD, "500",
                at("2026-04-01T10:00"), at("2026-04-01T10:00"), null);
        AmountDue due = new AmountDue(o, List.of(fee));
        assertThat(due.nextKind()).isEqualTo(PaymentKind.APPORT);
        assertThat(due.due(PaymentKind.APPORT)).isEqualByComparingTo("3000");
        assertThat(due.due(PaymentKind.FINANCEMENT)).isEqualByComparingTo("12000");
        assertThat(due.due(PaymentKind.SOLDE)).isEqualByComparingTo("0");
        Payment down = TestOrders.payment(PaymentKind.APPORT, PaymentMethod.CRD, "3000", at("2026-04-02T10:00"),
                at("2026-04-02T10:00"), null);
        assertThat(new AmountDue(o, List.of(fee, down)).nextKind()).isEqualTo(PaymentKind.FINANCEMENT);
    }

    @Test
    void aCancelledOrderSuggestsTheRefundOfWhatWasReceived() {
        Order o = TestOrders.order(PaymentMethod.VIR).withCancellation(new Cancellation(
                CancellationCase.FRAIS_RESERVATION_SEULS, "renonce", at("2026-04-03T10:00"), OrderStatus.RESERVEE));
        Payment fee = TestOrders.payment(PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, "500",
                at("2026-04-01T10:00"), at("2026-04-01T10:00"), null);
        AmountDue due = new AmountDue(o, List.of(fee));
        assertThat(due.nextKind()).isEqualTo(PaymentKind.REMBOURSEMENT);
        assertThat(due.due(PaymentKind.REMBOURSEMENT)).isEqualByComparingTo("500");
    }
}
