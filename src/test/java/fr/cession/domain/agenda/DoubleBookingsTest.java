package fr.cession.domain.agenda;

import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13 « Agenda »: an inspector booked twice at the same time (004:50 plans one inspector per hand-over). */
class DoubleBookingsTest {

    private final DoubleBookings hour = new DoubleBookings(Duration.ofMinutes(60));

    @Test
    void two_hand_overs_of_one_inspector_whose_slots_overlap_are_both_flagged_naming_the_other() {
        Appointment a = handover("C-1", "PARIS", "Marc Lefèvre", "2026-03-19T10:00");
        Appointment b = handover("C-2", "PARIS", "Marc Lefèvre", "2026-03-19T10:30");
        var flagged = hour.among(List.of(a, b));
        assertThat(flagged).containsOnlyKeys(a.orderId(), b.orderId());
        assertThat(flagged.get(a.orderId())).extracting(Appointment::number).containsExactly("C-2");
        assertThat(flagged.get(b.orderId())).extracting(Appointment::number).containsExactly("C-1");
    }

    @Test
    void touching_slots_are_not_a_double_booking() {
        Appointment a = handover("C-1", "PARIS", "Marc Lefèvre", "2026-03-19T10:00");
        Appointment b = handover("C-2", "PARIS", "Marc Lefèvre", "2026-03-19T11:00");
        assertThat(hour.among(List.of(a, b))).isEmpty();
        assertThat(hour.overlap(a.at(), b.at())).isFalse();
        assertThat(hour.overlap(a.at(), b.at().minusMinutes(1))).isTrue();
    }

    @Test
    void the_slot_length_is_the_setting_a_longer_slot_makes_the_same_times_clash() {
        Appointment a = handover("C-1", "PARIS", "Marc Lefèvre", "2026-03-19T10:00");
        Appointment b = handover("C-2", "PARIS", "Marc Lefèvre", "2026-03-19T11:00");
        assertThat(new DoubleBookings(Duration.ofMinutes(90)).among(List.of(a, b))).hasSize(2);
    }

    @Test
    void the_same_inspector_at_two_sites_at_once_is_flagged_one_person_is_not_in_two_places() {
        Appointment a = handover("C-1", "PARIS", "Marc Lefèvre", "2026-03-19T10:00");
        Appointment b = handover("L-7", "LYON", "marc lefèvre ", "2026-03-19T10:15");
        assertThat(hour.among(List.of(a, b))).hasSize(2);
    }

    @Test
    void two_inspectors_at_the_same_time_are_not_a_double_booking() {
        Appointment a = handover("C-1", "PARIS", "Marc Lefèvre", "2026-03-19T10:00");
        Appointment b = handover("C-2", "PARIS", "Sophie Girard", "2026-03-19T10:00");
        assertThat(hour.among(List.of(a, b))).isEmpty();
    }

    @Test
    void cancelled_and_closed_orders_hold_no_slot() {
        Appointment a = handover("C-1", "PARIS", "Marc Lefèvre", "2026-03-19T10:00");
        Appointment cancelled = withStatus(handover("C-2", "PARIS", "Marc Lefèvre", "2026-03-19T10:00"),
                OrderStatus.ANNULEE);
        Appointment closed = withStatus(handover("C-3", "PARIS", "Marc Lefèvre", "2026-03-19T10:00"),
                OrderStatus.CLOTUREE);
        assertThat(hour.among(List.of(a, cancelled, closed))).isEmpty();
        assertThat(hour.clashes(cancelled, List.of(a))).isEmpty();
    }

    @Test
    void a_delivery_or_a_hand_over_without_inspector_clashes_with_nothing() {
        Appointment a = handover("C-1", "PARIS", "Marc Lefèvre", "2026-03-19T10:00");
        Appointment delivery = new Appointment(UUID.randomUUID(), "C-2", HandoverMode.LIVRAISON, OrderStatus.ORGANISEE,
                "PARIS", "jdupont", "Durand", LocalDateTime.parse("2026-03-19T10:00"), "Marc Lefèvre", PaymentMethod.VIR);
        Appointment none = handover("C-3", "PARIS", null, "2026-03-19T10:00");
        assertThat(hour.among(List.of(a, delivery, none))).isEmpty();
    }

    @Test
    void an_order_does_not_clash_with_itself_when_its_stored_slot_is_read_back() {
        Appointment a = handover("C-1", "PARIS", "Marc Lefèvre", "2026-03-19T10:00");
        assertThat(hour.clashes(a.withAt(a.at().plusMinutes(30)), List.of(a))).isEmpty();
    }

    @Test
    void a_slot_must_last() {
        assertThatThrownBy(() -> new DoubleBookings(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Appointment handover(String number, String site, String inspector, String at) {
        return new Appointment(UUID.nameUUIDFromBytes(number.getBytes()), number, HandoverMode.CESSION,
                OrderStatus.ORGANISEE, site, "jdupont", "Client " + number, LocalDateTime.parse(at), inspector,
                PaymentMethod.VIR);
    }

    private static Appointment withStatus(Appointment a, OrderStatus s) {
        return new Appointment(a.orderId(), a.number(), a.mode(), s, a.site(), a.advisor(), a.customer(), a.at(),
                a.inspector(), a.payment());
    }
}
