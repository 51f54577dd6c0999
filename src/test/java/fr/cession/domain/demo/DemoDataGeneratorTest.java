package fr.cession.domain.demo;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.time.FrenchCalendar;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2025-03-12T10:00:00Z");
    private static final FrenchCalendar CALENDAR = new FrenchCalendar();

    private final DemoDataGenerator generator =
            new DemoDataGenerator(new TestPlaybook(), CALENDAR, Clock.fixed(NOW, PARIS));

    private List<OrderFile> generate(long seed, int orders) {
        return generator.generate(new DemoRequest(seed, orders, "PARIS", List.of("c.martin", "j.dupont")));
    }

    /** 003:9's flags are for suspicious buyers: the demo's ordinary ones carry valid mainland mobiles and their own e-mail. */
    @Test
    void demoBuyersHaveFrenchMobilesAndNoTwoNamesShareAnEmail() {
        List<Order> orders = generate(2024, 600).stream().map(OrderFile::order).toList();
        assertThat(orders).allSatisfy(o -> assertThat(fr.cession.domain.validation.Phone.isFrenchMobile(
                o.customer().phone())).as(o.customer().phone()).isTrue());
        java.util.Map<String, java.util.Set<String>> namesByEmail = new java.util.HashMap<>();
        orders.forEach(o -> namesByEmail.computeIfAbsent(o.customer().email(), e -> new java.util.HashSet<>())
                .add(o.customer().displayName()));
        assertThat(namesByEmail.values().stream().filter(n -> n.size() > 1).count())
                .as("e-mails shared by differently named buyers").isLessThan(orders.size() / 50);
    }

    @Test
    void theSameSeedGivesTheSameData() {
        List<OrderFile> first = generate(42, 50);
        List<OrderFile> second = generate(42, 50);
        assertThat(first).isEqualTo(second);
        assertThat(generate(43, 50)).isNotEqualTo(first);
    }

    @Test
    void ordersCoverEveryStageBothModesAndPaymentsAndEachCancellationCase() {
        List<OrderFile> files = generate(2024, 600);
        List<Order> orders = files.stream().map(OrderFile::order).toList();
        assertThat(orders.stream().map(Order::status).collect(Collectors.toSet()))
                .containsAll(Set.of(OrderStatus.values()));
        // cash (ESP) is a ledger movement, never an order's own method
        assertThat(orders.stream().map(Order::paymentMethod).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(PaymentMethod.FOR_ORDERS);
        assertThat(orders.stream().map(Order::handoverMode).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(HandoverMode.values());
        assertThat(orders.stream().map(o -> o.customer().kind()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CustomerKind.values());
        assertThat(orders.stream().map(Order::cancellation).filter(Objects::nonNull)
                .map(c -> c.cancellationCase()).collect(Collectors.toSet()))
                // the three cases of 004:62-65; a return (003:6) comes through its own after-sale steps
                .containsExactlyInAnyOrder(CancellationCase.FRAIS_RESERVATION_SEULS, CancellationCase.FONDS_RECUS,
                        CancellationCase.RETRACTATION);
        assertThat(orders.stream().map(Order::number).distinct()).hasSize(600);
    }

    @Test
    void activitiesAreLateOnTimeOrDoneRelativeToToday() {
        List<OrderFile> files = generate(2024, 300);
        List<Activity> activities = files.stream().flatMap(f -> f.activities().stream()).toList();
        Set<ActivityTiming> timings = activities.stream().map(a -> a.timing(NOW, PARIS)).collect(Collectors.toSet());
        assertThat(timings).contains(ActivityTiming.EN_RETARD, ActivityTiming.PLANIFIEE, ActivityTiming.FAITE,
                ActivityTiming.ANNULEE);
        assertThat(activities).filteredOn(a -> a.state() == ActivityState.FAITE)
                .allSatisfy(a -> assertThat(a.doneAt()).isBeforeOrEqualTo(NOW));
    }

    @Test
    void everythingHappenedInThePastAndBelongsToItsOrder() {
        for (OrderFile file : generate(7, 200)) {
            Order order = file.order();
            assertThat(order.reservedOn()).isBeforeOrEqualTo(NOW.atZone(PARIS).toLocalDate());
            assertThat(file.activities()).allSatisfy(a -> assertThat(a.orderId()).isEqualTo(order.id()));
            assertThat(file.items()).allSatisfy(i -> assertThat(file.activities().stream()
                    .anyMatch(a -> a.id().equals(i.activityId()))).isTrue());
            assertThat(file.payments()).allSatisfy(p -> {
                if (p.receivedAt() != null) {
                    assertThat(p.receivedAt()).isBeforeOrEqualTo(NOW);
                }
            });
            if (order.cancellation() != null) {
                assertThat(order.cancellation().cancelledAt()).isBeforeOrEqualTo(NOW);
                assertThat(order.cancellation().statusBefore()).isNotIn(OrderStatus.ANNULEE, OrderStatus.CLOTUREE);
            }
            if (order.status().ordinal() >= OrderStatus.ORGANISEE.ordinal() && order.status() != OrderStatus.ANNULEE) {
                // 004:26 hand-over date set at least 10 days after the reservation
                assertThat(order.handoverAt()).isNotNull();
                assertThat(order.handoverAt().toLocalDate()).isAfterOrEqualTo(order.reservedOn().plusDays(10));
            }
        }
    }

    @Test
    void vehiclesAndCompaniesCarryValidIdentifiers() {
        for (OrderFile file : generate(11, 200)) {
            Order order = file.order();
            String vin = order.vehicle().vin();
            assertThat(vin).hasSize(17).matches("[A-HJ-NPR-Z0-9]{17}");
            assertThat(vin.charAt(8)).isEqualTo(Identifiers.vinCheckDigit(vin));
            assertThat(order.vehicle().plate()).matches("[A-HJ-NP-TV-Z]{2}-\\d{3}-[A-HJ-NP-TV-Z]{2}");
            if (order.customer().isCompany()) {
                assertThat(Identifiers.luhnValid(order.customer().companySiren())).isTrue();
            }
        }
    }
}
