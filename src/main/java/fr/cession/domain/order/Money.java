package fr.cession.domain.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in euros are kept with two decimals everywhere, as the database stores them. */
public final class Money {

    private Money() {
    }

    /** Null stays null; validators refuse more than two decimals before values get here. */
    public static BigDecimal euros(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
