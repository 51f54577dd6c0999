package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reading an order file the way several rules need: the customer's money, the hand-over moment. */
public final class Paperwork {

    /** What the customer pays himself; the lender's FINANCEMENT and our refunds are not his funds. */
    public static final Set<PaymentKind> CUSTOMER_FUNDS =
            EnumSet.of(PaymentKind.FRAIS_RESERVATION, PaymentKind.APPORT, PaymentKind.SOLDE);

    private Paperwork() {
    }

    public static List<Payment> customerPayments(OrderFile file) {
        return file.payments().stream().filter(p -> CUSTOMER_FUNDS.contains(p.kind())).toList();
    }

    public static BigDecimal receivedCustomerFunds(OrderFile file) {
        return customerPayments(file).stream().filter(Payment::isReceived).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * What the customer owes before the appointment: the vehicle's price less the financed amount.
     * The reservation fee is a deposit on the price (it arrives as a FRAIS_RESERVATION payment and
     * counts towards it). Empty when the price is not known.
     */
    public static Optional<BigDecimal> dueFromCustomer(Order order) {
        if (order.vehicle().price() == null) {
            return Optional.empty();
        }
        BigDecimal financed = order.financing().financedAmount() == null ? BigDecimal.ZERO
                : order.financing().financedAmount();
        return Optional.of(order.vehicle().price().subtract(financed).max(BigDecimal.ZERO));
    }

    public static Optional<Instant> handoverInstant(Order order, ZoneId zone) {
        return Optional.ofNullable(order.handoverAt()).map(h -> h.atZone(zone).toInstant());
    }

    /** The day documents are judged at: the hand-over day once known, otherwise today. */
    public static LocalDate referenceDay(Order order, Instant now, ZoneId zone) {
        return order.handoverAt() != null ? order.handoverAt().toLocalDate() : now.atZone(zone).toLocalDate();
    }

    public static boolean isValidated(OrderFile file, DocumentType type) {
        return file.document(type).map(d -> d.status() == DocumentStatus.VALIDE).orElse(false);
    }

    public static Optional<OrderDocument> document(OrderFile file, DocumentType type) {
        return file.document(type);
    }
}
