package fr.cession.domain.agenda;

import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An inspector booked twice at the same time (issue 13, « Agenda »): two hand-overs of one
 * inspector whose slots overlap. A slot is {@code [at, at + length)}, so a hand-over ending at
 * 10:00 and the next starting at 10:00 are not a double booking. The site plays no part: one person
 * is not at two sites at once. Deliveries have no inspector; cancelled and closed orders hold no
 * slot any more.
 */
public final class DoubleBookings {

    private final Duration slot;

    public DoubleBookings(Duration slot) {
        if (slot == null || slot.isZero() || slot.isNegative()) {
            throw new IllegalArgumentException("créneau de cession : durée positive attendue");
        }
        this.slot = slot;
    }

    public Duration slot() {
        return slot;
    }

    /** Whether an appointment holds an inspector's time. */
    public static boolean holdsInspector(Appointment a) {
        return a.inspector() != null && a.at() != null && a.mode() != HandoverMode.LIVRAISON
                && a.status() != OrderStatus.ANNULEE && a.status() != OrderStatus.CLOTUREE;
    }

    public boolean overlap(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b.plus(slot)) && b.isBefore(a.plus(slot));
    }

    /** For each flagged order, the other appointments its inspector holds in the same slot, in time order. */
    public Map<UUID, List<Appointment>> among(List<Appointment> appointments) {
        Map<UUID, List<Appointment>> out = new LinkedHashMap<>();
        List<Appointment> held = appointments.stream().filter(DoubleBookings::holdsInspector).toList();
        for (Appointment a : held) {
            List<Appointment> others = clashes(a, held);
            if (!others.isEmpty()) {
                out.put(a.orderId(), others);
            }
        }
        return out;
    }

    /**
     * The appointments of {@code others} that {@code a} would clash with: same inspector (case and
     * spaces aside), overlapping slots, another order. Empty when {@code a} holds no inspector.
     */
    public List<Appointment> clashes(Appointment a, List<Appointment> others) {
        if (!holdsInspector(a)) {
            return List.of();
        }
        List<Appointment> out = new ArrayList<>();
        for (Appointment b : others) {
            if (!Objects.equals(a.orderId(), b.orderId()) && holdsInspector(b) && same(a.inspector(), b.inspector())
                    && overlap(a.at(), b.at())) {
                out.add(b);
            }
        }
        out.sort((x, y) -> x.at().compareTo(y.at()));
        return out;
    }

    private static boolean same(String x, String y) {
        return x.strip().equalsIgnoreCase(y.strip());
    }
}
