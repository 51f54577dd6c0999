package fr.cession.domain.rules;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.payment.Cents;
import fr.cession.domain.payment.Ledger;
import fr.cession.domain.payment.PaymentKind;

import java.math.BigDecimal;

/**
 * What an order holds for its buyer (001: the money sits on the escrow wallet until the sale
 * completes), from its {@link Ledger}: funds received, less refunds already recorded (paid or to
 * pay), less what was released to the seller. A refund is never above it. A cancellation "frais de
 * réservation seuls" says the fee came in (004:62 "Réception seulement des frais de réservation")
 * even where no one recorded its payment.
 */
public record HeldFunds(BigDecimal received, BigDecimal refunded, BigDecimal released) {

    public static HeldFunds of(OrderFile file) {
        Ledger ledger = new Ledger(file.payments());
        long received = ledger.received();
        boolean feeRecorded = file.payments().stream().anyMatch(p -> p.kind() == PaymentKind.FRAIS_RESERVATION);
        Cancellation c = file.order().cancellation();
        BigDecimal fee = file.order().reservationFee();
        if (!feeRecorded && fee != null && c != null && c.cancellationCase() == CancellationCase.FRAIS_RESERVATION_SEULS) {
            received += Cents.of(fee);
        }
        return new HeldFunds(Cents.euros(received), Cents.euros(ledger.refunded() + ledger.toRefund()),
                Cents.euros(ledger.released()));
    }

    /** Received and neither refunded nor released, never below zero. */
    public BigDecimal held() {
        BigDecimal out = received.subtract(refunded).subtract(released);
        return out.signum() < 0 ? BigDecimal.ZERO.setScale(2) : out;
    }
}
