package fr.cession.domain.agenda;

import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An order's hand-over (with its inspector) or delivery, as the agenda shows it.
 *
 * @param at        the appointment, in the site's local time
 * @param customer  the buyer's name, or the company's
 * @param inspector who holds the hand-over (004:50), null while none is chosen
 * @param payment   how the buyer pays (a bank cheque needs an accredited inspector, 004:51); may be null
 */
public record Appointment(UUID orderId, String number, HandoverMode mode, OrderStatus status, String site,
                          String advisor, String customer, LocalDateTime at, String inspector,
                          PaymentMethod payment) {

    /** An appointment without inspector. */
    public Appointment(UUID orderId, String number, HandoverMode mode, OrderStatus status, String site,
                       String advisor, String customer, LocalDateTime at) {
        this(orderId, number, mode, status, site, advisor, customer, at, null, null);
    }

    public Appointment withAt(LocalDateTime newAt) {
        return new Appointment(orderId, number, mode, status, site, advisor, customer, newAt, inspector, payment);
    }

    public Appointment withInspector(String newInspector) {
        return new Appointment(orderId, number, mode, status, site, advisor, customer, at, newInspector, payment);
    }
}
