package fr.cession.domain.payment;

import fr.cession.domain.order.PaymentMethod;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The money of one order, always computed from its movements, never typed (001: the buyer's money
 * is held on the escrow wallet until the order completes, then the seller is paid; 004:53 the
 * credit company's funds move wallet to wallet; 004:54 P2P to the seller partner; 004:71 the
 * manager refunds). Sums in cents.
 *
 * <p>received = every incoming movement whose funds arrived (released ones included);
 * held = received − released − refunded (paid); a refund to pay still sits on the wallet but is
 * promised to the buyer, so what can still be released or refunded is held − to refund.
 */
public final class Ledger {

    private final List<Payment> movements;

    public Ledger(List<Payment> movements) {
        this.movements = List.copyOf(movements);
    }

    public List<Payment> movements() {
        return movements;
    }

    /** Incoming money announced and not arrived yet. */
    public long announced() {
        return sum(MovementState.ANNONCE);
    }

    /** Every incoming movement whose funds reached the escrow wallet, released or not. */
    public long received() {
        return sum(MovementState.RECU) + sum(MovementState.VERSE);
    }

    /** Released to the seller partner. */
    public long released() {
        return sum(MovementState.VERSE);
    }

    /** Paid back to the buyer. */
    public long refunded() {
        return sum(MovementState.REMBOURSE);
    }

    /** Refunds a manager approved that are not paid yet. */
    public long toRefund() {
        return sum(MovementState.A_REMBOURSER);
    }

    /** On the escrow wallet for this order: received, less released, less refunds paid. */
    public long held() {
        return received() - released() - refunded();
    }

    /** What may still be released to the seller or refunded: held, less refunds already promised. */
    public long available() {
        return held() - toRefund();
    }

    /** What the buyer still owes on the price: the price less every incoming movement that arrived. */
    public long due(BigDecimal price) {
        return Math.max(0, Cents.of(price) - received());
    }

    /** Cash taken on this order, refunds aside (the legal limit counts one purchase as one debt). */
    public long cash() {
        return movements.stream().filter(p -> !p.isRefund() && p.method() == PaymentMethod.ESP)
                .mapToLong(p -> Cents.of(p.amount())).sum();
    }

    /** Incoming movements still on the wallet, oldest first as recorded. */
    public List<Payment> releasable() {
        return movements.stream().filter(p -> MovementState.of(p) == MovementState.RECU).toList();
    }

    /** A refund of this amount takes no more than the order holds and has not promised yet. */
    public boolean refundFits(long cents) {
        return cents <= available();
    }

    /**
     * Releasing these movements would pay the seller money already promised back to the buyer:
     * the movements that fit, in their order, and the rest stays held for a person to decide.
     */
    public List<Payment> releasableWithinAvailable() {
        long room = available();
        List<Payment> out = new ArrayList<>();
        for (Payment p : releasable()) {
            long c = Cents.of(p.amount());
            if (c <= room) {
                out.add(p);
                room -= c;
            }
        }
        return out;
    }

    private long sum(MovementState state) {
        return movements.stream().filter(p -> MovementState.of(p) == state).mapToLong(p -> Cents.of(p.amount())).sum();
    }
}
