package fr.cession.domain.order;

import java.math.BigDecimal;
import java.util.Set;

/** Seed 004 line 8: down payment and financed amount, and what the financing covers. */
public record Financing(BigDecimal downPayment, BigDecimal financedAmount, Set<FinancingCover> covers, Lender lender) {

    public static final Financing NONE = new Financing(null, null, Set.of(), null);

    public Financing {
        covers = covers == null ? Set.of() : Set.copyOf(covers);
        downPayment = Money.euros(downPayment);
        financedAmount = Money.euros(financedAmount);
    }
}
