package fr.cession.domain.agenda;

import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An order's hand-over (with its inspector) or delivery, as the agenda shows it.
 *
 * @param at       the appointment, in the site's local time
 * @param customer the buyer's name, or the company's
 */
public record Appointment(UUID orderId, String number, HandoverMode mode, OrderStatus status, String site,
                          String advisor, String customer, LocalDateTime at) {
}
