package fr.cession.domain.payment;

import fr.cession.domain.audit.RowMeta;
import fr.cession.domain.order.PaymentMethod;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Money announced or received for an order.
 *
 * @param orderedAt when the customer's transfer order was confirmed (seed 004 line 40: "ORDRE DE VIREMENT")
 * @param receivedAt when the funds were seen on the account; null while only announced
 */
public record Payment(
        UUID id,
        UUID orderId,
        PaymentKind kind,
        PaymentMethod method,
        BigDecimal amount,
        Instant orderedAt,
        Instant receivedAt,
        String reference,
        RowMeta meta) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        amount = fr.cession.domain.order.Money.euros(amount);
    }

    public boolean isReceived() {
        return receivedAt != null;
    }

    public Payment withMeta(RowMeta newMeta) {
        return new Payment(id, orderId, kind, method, amount, orderedAt, receivedAt, reference, newMeta);
    }
}
