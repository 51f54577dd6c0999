package fr.cession.domain.payment;

import fr.cession.domain.order.Money;

import java.math.BigDecimal;

/** Euro amounts as whole cents for the ledger's sums: no floating point, no rounding drift. */
public final class Cents {

    private Cents() {
    }

    /** An amount with at most two decimals (the store's and validators' limit) as cents. */
    public static long of(BigDecimal euros) {
        return euros == null ? 0 : Money.euros(euros).movePointRight(2).longValueExact();
    }

    public static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
