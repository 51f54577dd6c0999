package fr.cession.domain.contact;

import fr.cession.domain.row.RowMeta;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * The terms agreed with the customer and made official (seed 002 §2: the advisor "prend les
 * accords et les officialise"), beside what the order already holds (payment method, down payment,
 * financed amount and what the financing covers, 004:7–8). One per order; every change is traced
 * in the order's history with its author, time, old and new values.
 *
 * @param paymentTerms  when and how the balance is paid, e.g. "solde par virement reçu 48 h avant la cession"
 * @param deliveryTerms hand-over or delivery conditions as agreed
 */
public record Agreement(UUID id, UUID orderId, BigDecimal agreedPrice, String paymentTerms, String deliveryTerms,
                        RowMeta meta) {

    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
    }

    public Agreement with(BigDecimal price, String payment, String delivery) {
        return new Agreement(id, orderId, price, payment, delivery, meta);
    }
}
