package fr.cession.domain.contact;

import fr.cession.domain.order.FinancingCover;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.PaymentMethod;

import java.math.BigDecimal;
import java.util.Set;

/** The agreed terms as typed; the order's payment method and financing are set from it in the same save. */
public record AgreementDraft(BigDecimal agreedPrice, PaymentMethod paymentMethod, String paymentTerms,
                             String deliveryTerms, BigDecimal downPayment, BigDecimal financedAmount,
                             Set<FinancingCover> covers, Lender lender) {
}
