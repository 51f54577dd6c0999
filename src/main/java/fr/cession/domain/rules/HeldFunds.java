package fr.cession.domain.rules;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;

import java.math.BigDecimal;

/**
 * What an order holds for its buyer (001: the money sits on the escrow wallet until the sale
 * completes): funds received, less refunds already recorded (paid or to pay). A refund is never
 * above it. A cancellation "frais de réservation seuls" says the fee came in (004:62 "Réception
 * seulement des frais de réservation") even where no one recorded its payment.
 */
public record HeldFunds(BigDecimal received, BigDecimal refunded) {

    public static HeldFunds of(OrderFile file) {
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        boolean feeRecorded = false;
        for (Payment p : file.payments()) {
            if (p.kind() == PaymentKind.REMBOURSEMENT) {
                refunded = refunded.add(p.amount());
            } else if (p.isReceived()) {
                received = received.add(p.amount());
            }
            feeRecorded |= p.kind() == PaymentKind.FRAIS_RESERVATION;
        }
        Cancellation c = file.order().cancellation();
        BigDecimal fee = file.order().reservationFee();
        if (!feeRecorded && fee != null && c != null && c.cancellationCase() == CancellationCase.FRAIS_RESERVATION_SEULS) {
            received = received.add(fee);
        }
        return new HeldFunds(received, refunded);
    }

    /** Received and not yet refunded, never below zero. */
    public BigDecimal held() {
        BigDecimal out = received.subtract(refunded);
        return out.signum() < 0 ? BigDecimal.ZERO : out;
    }
}
