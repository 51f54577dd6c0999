package fr.cession.domain.payment;

import fr.cession.domain.order.Money;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.row.RowMeta;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Money announced or received for an order: one movement of its {@link Ledger}.
 *
 * @param orderedAt  when the customer's transfer order was confirmed (seed 004 line 40: "ORDRE DE VIREMENT")
 * @param receivedAt when the funds were seen on the escrow wallet (for a refund: when it was paid); null
 *                   while only announced
 * @param recordedBy who recorded the movement; null on rows older than the ledger
 * @param receivedBy who saw the funds arrive (or paid the refund)
 * @param releasedAt when the funds left the escrow wallet for the seller partner (004:54 "P2P")
 * @param payerName  the name on the transfer or cheque, when it is not simply the buyer's
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
        String recordedBy,
        String receivedBy,
        Instant releasedAt,
        String releasedBy,
        String payerName,
        RowMeta meta) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        amount = Money.euros(amount);
    }

    /** A movement without its people (imports, demo data, rows recorded before the ledger). */
    public Payment(UUID id, UUID orderId, PaymentKind kind, PaymentMethod method, BigDecimal amount,
                   Instant orderedAt, Instant receivedAt, String reference, RowMeta meta) {
        this(id, orderId, kind, method, amount, orderedAt, receivedAt, reference, null, null, null, null, null, meta);
    }

    public boolean isReceived() {
        return receivedAt != null;
    }

    public boolean isRefund() {
        return kind == PaymentKind.REMBOURSEMENT;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    public Payment withMeta(RowMeta newMeta) {
        return new Payment(id, orderId, kind, method, amount, orderedAt, receivedAt, reference, recordedBy, receivedBy,
                releasedAt, releasedBy, payerName, newMeta);
    }

    public Payment recordedBy(String login) {
        return new Payment(id, orderId, kind, method, amount, orderedAt, receivedAt, reference, login, receivedBy,
                releasedAt, releasedBy, payerName, meta);
    }

    public Payment withPayerName(String name) {
        return new Payment(id, orderId, kind, method, amount, orderedAt, receivedAt, reference, recordedBy, receivedBy,
                releasedAt, releasedBy, name, meta);
    }

    /** The funds arrived (or the refund was paid), seen by {@code login}. */
    public Payment received(Instant at, String login) {
        return new Payment(id, orderId, kind, method, amount, orderedAt, at, reference, recordedBy, login,
                releasedAt, releasedBy, payerName, meta);
    }

    /** The funds left the escrow wallet for the seller partner. */
    public Payment released(Instant at, String login) {
        return new Payment(id, orderId, kind, method, amount, orderedAt, receivedAt, reference, recordedBy, receivedBy,
                at, login, payerName, meta);
    }
}
