package fr.cession.domain.workflow;

import fr.cession.domain.contact.Agreement;
import fr.cession.domain.contact.AgreementDraft;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.OrderValidator;
import fr.cession.domain.validation.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The agreements the advisor makes official (seed 002 §2): price, payment method and terms,
 * delivery conditions, and with a credit the down payment, financed amount and what the
 * financing covers (004:7–8). Recorded in one save with the order's own payment fields, so the
 * history shows who changed which term, when, from what to what.
 */
final class AgreementDesk {

    private static final int TERMS_MAX = 500;

    private final Supplier<UUID> ids;
    private final OrderValidator validator = new OrderValidator();

    AgreementDesk(Supplier<UUID> ids) {
        this.ids = ids;
    }

    OrderFile agree(OrderFile file, AgreementDraft d) {
        Order order = file.order();
        if (order.status().terminal()) {
            throw new RuleViolationException(new RuleViolation("accords", "Accords : la commande est "
                    + order.status().label() + ", ses accords ne changent plus", null));
        }
        List<FieldError> errors = new ArrayList<>();
        BigDecimal price = d.agreedPrice();
        if (price == null) {
            errors.add(new FieldError("agreement.price", "Prix convenu : obligatoire"));
        } else if (price.signum() <= 0) {
            errors.add(new FieldError("agreement.price", "Prix convenu : doit être supérieur à zéro"));
        }
        if (d.paymentMethod() == null) {
            errors.add(new FieldError("agreement.method", "Moyen de paiement : obligatoire (VIR, CHQ, CRD)"));
        }
        terms(errors, "agreement.paymentTerms", "Conditions de paiement", d.paymentTerms());
        terms(errors, "agreement.deliveryTerms", "Conditions de livraison", d.deliveryTerms());
        boolean credit = d.paymentMethod() == PaymentMethod.CRD;
        if (credit && d.financedAmount() == null) {
            errors.add(new FieldError("agreement.financed", "Montant financé : obligatoire pour un crédit"));
        }
        if (credit && d.financedAmount() != null && price != null && d.financedAmount().compareTo(price) > 0) {
            errors.add(new FieldError("agreement.financed", "Montant financé : supérieur au prix convenu"));
        }
        if (credit && d.downPayment() != null && d.downPayment().signum() < 0) {
            errors.add(new FieldError("agreement.downPayment", "Apport : ne peut pas être négatif"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // without a credit there is nothing financed: amounts typed before a change of method go
        Financing financing = credit ? new Financing(d.downPayment(), d.financedAmount(), d.covers(),
                d.lender() != null ? d.lender() : order.financing().lender()) : Financing.NONE;
        Order changed = order.withPaymentMethod(d.paymentMethod()).withFinancing(financing);
        List<FieldError> orderErrors = validator.validate(changed);
        if (!orderErrors.isEmpty()) {
            throw new ValidationException(orderErrors);
        }
        String paymentTerms = d.paymentTerms().trim();
        String deliveryTerms = d.deliveryTerms().trim();
        Agreement agreement = file.agreement().map(a -> a.with(price, paymentTerms, deliveryTerms))
                .orElseGet(() -> new Agreement(ids.get(), order.id(), price, paymentTerms, deliveryTerms, RowMeta.NEW));
        return file.withOrder(changed).withAgreement(agreement);
    }

    private static void terms(List<FieldError> errors, String field, String label, String text) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, label + " : obligatoires"));
        } else if (text.trim().length() > TERMS_MAX) {
            errors.add(new FieldError(field, label + " : " + TERMS_MAX + " caractères au plus"));
        }
    }
}
