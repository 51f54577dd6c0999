package fr.cession.domain.demo;

import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.time.FrenchCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * When a demo order entered each status, following seed 004's rhythm: déstockage the next
 * working day, organised at J-5, payment verified at J-3, sold on the day, closed a few days later.
 */
final class DemoTimeline {

    private final Map<OrderStatus, Instant> entries = new EnumMap<>(OrderStatus.class);

    DemoTimeline(FrenchCalendar calendar, ZoneId zone, LocalDate reservedOn, LocalTime reservedAt,
                 LocalDateTime handoverAt) {
        entries.put(OrderStatus.RESERVEE, reservedOn.atTime(reservedAt).atZone(zone).toInstant());
        entries.put(OrderStatus.DESTOCKAGE,
                calendar.plusWorkingDays(reservedOn, 1).atTime(9, 15).atZone(zone).toInstant());
        if (handoverAt != null) {
            LocalDate day = handoverAt.toLocalDate();
            entries.put(OrderStatus.ORGANISEE, calendar.plusWorkingDays(day, -5).atTime(10, 0).atZone(zone).toInstant());
            entries.put(OrderStatus.PAIEMENT_VERIFIE,
                    calendar.plusWorkingDays(day, -3).atTime(11, 0).atZone(zone).toInstant());
            entries.put(OrderStatus.VENDUE, handoverAt.plusHours(2).atZone(zone).toInstant());
            entries.put(OrderStatus.CLOTUREE, calendar.plusWorkingDays(day, 3).atTime(17, 0).atZone(zone).toInstant());
        }
    }

    Instant entry(OrderStatus status) {
        return entries.get(status);
    }

    /** The furthest status on the normal path whose entry has passed. */
    OrderStatus reachedBy(Instant now) {
        OrderStatus reached = OrderStatus.RESERVEE;
        for (OrderStatus s = OrderStatus.RESERVEE; s != null; s = s.next()) {
            Instant at = entries.get(s);
            if (at == null || at.isAfter(now)) {
                break;
            }
            reached = s;
        }
        return reached;
    }

    /** When the order left {@code status} (the next status's entry), or null if it has not. */
    Instant exit(OrderStatus status, OrderStatus current) {
        if (status.next() == null || status.ordinal() >= current.ordinal()) {
            return null;
        }
        return entries.get(status.next());
    }
}
