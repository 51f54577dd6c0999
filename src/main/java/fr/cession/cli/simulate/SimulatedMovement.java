package fr.cession.cli.simulate;

import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A movement of the described order's ledger ({@code mouvement.N.*} keys).
 *
 * @param receivedAt when the funds reached the escrow wallet (a refund: when it was paid); null while announced
 * @param releasedAt when the funds went to the seller partner (004:54); null while held
 * @param payer      the name on the transfer or cheque; null when it is the buyer's
 */
public record SimulatedMovement(int number, PaymentKind kind, PaymentMethod method, BigDecimal amount,
                                LocalDateTime receivedAt, LocalDateTime releasedAt, String payer) {
}
