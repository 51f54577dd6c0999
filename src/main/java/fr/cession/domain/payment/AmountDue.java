package fr.cession.domain.payment;

import fr.cession.domain.order.Financing;
import fr.cession.domain.order.Money;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the customer still owes the order, part by part, from its price, reservation fee and
 * financing (004:8 "mettre les montant apport/financement dans la fiche pipe") and the payments
 * already recorded. An announced payment counts as paid: its funds are on their way, and asking
 * for them a second time would double them.
 */
public final class AmountDue {

    private final Order order;
    private final List<Payment> payments;

    public AmountDue(Order order, List<Payment> payments) {
        this.order = order;
        this.payments = List.copyOf(payments);
    }

    /** The part a person most likely records next: the fee first, then down payment and loan, then the balance. */
    public PaymentKind nextKind() {
        if (order.status() == OrderStatus.ANNULEE) {
            return PaymentKind.REMBOURSEMENT;
        }
        if (due(PaymentKind.FRAIS_RESERVATION).signum() > 0) {
            return PaymentKind.FRAIS_RESERVATION;
        }
        if (order.isCredit() && due(PaymentKind.APPORT).signum() > 0) {
            return PaymentKind.APPORT;
        }
        if (order.isCredit() && due(PaymentKind.FINANCEMENT).signum() > 0) {
            return PaymentKind.FINANCEMENT;
        }
        return PaymentKind.SOLDE;
    }

    /** What is still expected for this part, never below zero; for a refund, what was received and not yet paid back. */
    public BigDecimal due(PaymentKind kind) {
        Financing f = order.financing();
        BigDecimal out = switch (kind) {
            case FRAIS_RESERVATION -> nz(order.reservationFee()).subtract(paid(kind));
            case APPORT -> order.isCredit() ? nz(f.downPayment()).subtract(paid(kind)) : BigDecimal.ZERO;
            case FINANCEMENT -> order.isCredit() ? nz(f.financedAmount()).subtract(paid(kind)) : BigDecimal.ZERO;
            case SOLDE -> {
                BigDecimal expectedElsewhere = positive(due(PaymentKind.FRAIS_RESERVATION))
                        .add(positive(due(PaymentKind.APPORT))).add(positive(due(PaymentKind.FINANCEMENT)));
                yield nz(order.vehicle().price()).subtract(paidTowardsPrice()).subtract(expectedElsewhere);
            }
            case REMBOURSEMENT -> received().subtract(paid(PaymentKind.REMBOURSEMENT));
        };
        return Money.euros(positive(out));
    }

    /** Everything still expected before the vehicle is paid for. */
    public BigDecimal total() {
        return Money.euros(positive(nz(order.vehicle().price()).subtract(paidTowardsPrice())));
    }

    private BigDecimal paid(PaymentKind kind) {
        return payments.stream().filter(p -> p.kind() == kind).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal paidTowardsPrice() {
        return payments.stream().filter(p -> p.kind() != PaymentKind.REMBOURSEMENT).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal received() {
        return payments.stream().filter(p -> p.kind() != PaymentKind.REMBOURSEMENT && p.isReceived())
                .map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    private static BigDecimal positive(BigDecimal b) {
        return b.signum() < 0 ? BigDecimal.ZERO : b;
    }
}
