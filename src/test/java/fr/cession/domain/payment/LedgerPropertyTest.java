package fr.cession.domain.payment;

import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.row.RowMeta;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's sums on many seeded random sequences of movements (001: money held on the escrow
 * wallet until the order completes; 004:54 P2P; 004:71 refunds): announced, received, released,
 * refunds approved and paid, each step taken only when the ledger allows it, as the workflow does.
 * After every step, held = received − released − refunded, never negative, never above what was
 * received, and every sum equals the one kept aside in whole cents.
 */
class LedgerPropertyTest {

    private static final UUID ORDER = new UUID(0, 1);
    private static final Instant AT = Instant.parse("2026-04-01T08:00:00Z");
    private static final PaymentKind[] INCOMING = {PaymentKind.FRAIS_RESERVATION, PaymentKind.APPORT,
            PaymentKind.FINANCEMENT, PaymentKind.SOLDE};

    @Test
    void held_is_received_less_released_less_refunded_never_negative_never_above_received_on_400_sequences() {
        int refusedRefunds = 0;
        int releases = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(seed);
            List<Payment> rows = new ArrayList<>();
            long received = 0;
            long released = 0;
            long refunded = 0;
            long toRefund = 0;
            for (int step = 0; step < 40; step++) {
                Ledger ledger = new Ledger(rows);
                int op = random.nextInt(5);
                long cents = 1 + random.nextInt(2_000_000);
                if (op == 0) {
                    rows.add(payment(random, INCOMING[random.nextInt(INCOMING.length)], cents));
                } else if (op == 1) {
                    int i = pick(random, rows, MovementState.ANNONCE);
                    if (i >= 0) {
                        received += Cents.of(rows.get(i).amount());
                        rows.set(i, rows.get(i).received(AT, "adv"));
                    }
                } else if (op == 2) {
                    int i = pick(random, rows, MovementState.RECU);
                    if (i >= 0 && Cents.of(rows.get(i).amount()) <= ledger.available()) {
                        released += Cents.of(rows.get(i).amount());
                        rows.set(i, rows.get(i).released(AT, "mgr"));
                        releases++;
                    }
                } else if (op == 3) {
                    long asked = ledger.available() > 0 && random.nextBoolean()
                            ? 1 + (long) (random.nextDouble() * ledger.available()) : cents;
                    if (ledger.refundFits(asked)) {
                        rows.add(new Payment(UUID.randomUUID(), ORDER, PaymentKind.REMBOURSEMENT, PaymentMethod.VIR,
                                Cents.euros(asked), null, null, null, RowMeta.NEW).recordedBy("mgr"));
                        toRefund += asked;
                    } else {
                        assertThat(asked).isGreaterThan(ledger.available());
                        refusedRefunds++;
                    }
                } else {
                    int i = pick(random, rows, MovementState.A_REMBOURSER);
                    if (i >= 0) {
                        long c = Cents.of(rows.get(i).amount());
                        toRefund -= c;
                        refunded += c;
                        rows.set(i, rows.get(i).received(AT, "mgr"));
                    }
                }
                Ledger after = new Ledger(rows);
                assertThat(after.received()).as("seed %d", seed).isEqualTo(received);
                assertThat(after.released()).as("seed %d", seed).isEqualTo(released);
                assertThat(after.refunded()).as("seed %d", seed).isEqualTo(refunded);
                assertThat(after.toRefund()).as("seed %d", seed).isEqualTo(toRefund);
                assertThat(after.held()).as("seed %d", seed).isEqualTo(received - released - refunded)
                        .isNotNegative().isLessThanOrEqualTo(after.received());
                assertThat(after.available()).as("seed %d: refunds never above what is held", seed).isNotNegative();
                assertThat(after.released() + after.refunded() + after.toRefund()).as("seed %d", seed)
                        .isLessThanOrEqualTo(after.received());
            }
        }
        // the sequences did reach the refusals and the releases they are meant to exercise
        assertThat(refusedRefunds).isPositive();
        assertThat(releases).isPositive();
    }

    @Test
    void cents_are_exact_where_doubles_drift() {
        List<Payment> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new Payment(UUID.randomUUID(), ORDER, PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("0.10"),
                    null, AT, null, RowMeta.NEW));
        }
        // 0.1 added ten times as a double is 0.9999999999999999
        assertThat(new Ledger(rows).received()).isEqualTo(100);
        assertThat(Cents.euros(new Ledger(rows).held())).isEqualByComparingTo("1.00");
    }

    @Test
    void due_is_the_price_less_what_arrived_and_never_below_zero() {
        Payment fee = new Payment(UUID.randomUUID(), ORDER, PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR,
                new BigDecimal("250"), null, AT, null, RowMeta.NEW);
        Payment announced = new Payment(UUID.randomUUID(), ORDER, PaymentKind.SOLDE, PaymentMethod.VIR,
                new BigDecimal("14750"), AT, null, null, RowMeta.NEW);
        Ledger ledger = new Ledger(List.of(fee, announced));
        assertThat(ledger.due(new BigDecimal("15000"))).isEqualTo(1_475_000);
        assertThat(ledger.announced()).isEqualTo(1_475_000);
        assertThat(ledger.due(new BigDecimal("100"))).isZero();
    }

    private static Payment payment(Random random, PaymentKind kind, long cents) {
        PaymentMethod method = kind == PaymentKind.FINANCEMENT ? PaymentMethod.CRD
                : random.nextBoolean() ? PaymentMethod.VIR : PaymentMethod.CHQ;
        return new Payment(UUID.randomUUID(), ORDER, kind, method, Cents.euros(cents), AT, null, null, RowMeta.NEW)
                .recordedBy("jdupont");
    }

    private static int pick(Random random, List<Payment> rows, MovementState state) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (MovementState.of(rows.get(i)) == state) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
    }
}
