package fr.cession.domain.dossier;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.audit.OrderFields;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.FinancingCover;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class OrderFileDiffTest {

    private final AtomicLong counter = new AtomicLong();
    private final OrderFileDiff diff = new OrderFileDiff(() -> new UUID(0, counter.incrementAndGet()));
    private final Actor actor = new Actor("c.martin", "Camille Martin", Role.COMMERCIAL, "LYON");
    private final Instant at = Instant.parse("2026-11-23T09:00:00Z");

    static Order sampleOrder() {
        Customer customer = new Customer(CustomerKind.PARTICULIER, "Léa", "Dubois", null, null, "lea@example.fr",
                "+33612345678", "3 rue des Lilas, 69003 Lyon", CgHolding.COTITULAIRE, "Marc Dubois", null);
        Vehicle vehicle = new Vehicle("VF1RFB00X56789012", "GH-452-KL", "Renault", "Clio V",
                LocalDate.of(2022, 3, 14), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 2), 48_200,
                new BigDecimal("14990.00"), false, "Autos Partenaires SARL");
        Financing financing = new Financing(new BigDecimal("2000"), new BigDecimal("12990.00"),
                Set.of(FinancingCover.CG, FinancingCover.LIVRAISON), Lender.COFIDIS);
        return new Order(UUID.fromString("00000000-0000-0000-0000-0000000000aa"), "LYON-2026-00001",
                OrderStatus.RESERVEE, LocalDate.of(2026, 11, 20), new BigDecimal("290.00"), "c.martin", "LYON",
                customer, vehicle, HandoverMode.LIVRAISON, LocalDateTime.of(2026, 12, 2, 14, 30),
                PaymentMethod.CRD, financing, null, null, null, RowMeta.NEW);
    }

    @Test
    void anOrderSurvivesTheTripThroughItsFields() {
        Order order = sampleOrder().withCancellation(new Cancellation(CancellationCase.RETRACTATION, "Changement d'avis",
                at, OrderStatus.ORGANISEE));
        Order back = OrderFields.from(order.id(), OrderFields.of(order), order.meta());
        assertThat(back).isEqualTo(order);
        assertThat(back.cancellation().wasOrganised()).isTrue();
    }

    @Test
    void aNewOrderIsOneCreationPerEntityWithEveryFilledField() {
        Order order = sampleOrder();
        Activity activity = new Activity(UUID.randomUUID(), order.id(), "reservation", "À la réservation",
                Role.COMMERCIAL, "c.martin", at, ActivityState.OUVERTE, null, null, null, RowMeta.NEW);
        OrderFile file = OrderFile.of(order).withActivity(activity);

        List<Change> changes = diff.changes(null, file, actor, at);

        assertThat(changes).extracting(Change::entity).containsExactly(EntityKind.COMMANDE, EntityKind.ACTIVITE);
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.CREATION);
            assertThat(c.baseVersion()).isZero();
            assertThat(c.newVersion()).isEqualTo(1);
            assertThat(c.by()).isEqualTo("c.martin");
            assertThat(c.site()).isEqualTo("LYON");
        });
        assertThat(changes.get(0).fields()).contains(new FieldChange("vehicle_plate", null, "GH-452-KL"),
                new FieldChange("financing_covers", null, "CG,LIVRAISON"),
                new FieldChange("reservation_fee", null, "290.00"));
        assertThat(changes.get(0).fields()).extracting(FieldChange::field).doesNotContain("withdrawal_notice_on");
    }

    @Test
    void aModificationCarriesOnlyTheChangedFieldsAndItsBaseVersion() {
        Order stored = sampleOrder().withMeta(new RowMeta(3, at, "c.martin", "LYON", false));
        OrderFile before = OrderFile.of(stored);
        OrderFile after = before.withOrder(stored.withStatus(OrderStatus.DESTOCKAGE));

        List<Change> changes = diff.changes(before, after, actor, at);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.MODIFICATION);
            assertThat(c.baseVersion()).isEqualTo(3);
            assertThat(c.newVersion()).isEqualTo(4);
            assertThat(c.fields()).containsExactly(new FieldChange("status", "RESERVEE", "DESTOCKAGE"));
        });
    }

    @Test
    void nothingChangedMeansNoChangeAndARemovedRowIsADeletion() {
        Order stored = sampleOrder().withMeta(new RowMeta(1, at, "c.martin", "LYON", false));
        Activity activity = new Activity(UUID.randomUUID(), stored.id(), "reservation", "À la réservation",
                Role.COMMERCIAL, "c.martin", at, ActivityState.OUVERTE, null, null, null,
                new RowMeta(2, at, "c.martin", "LYON", false));
        OrderFile before = OrderFile.of(stored).withActivity(activity);

        assertThat(diff.changes(before, before, actor, at)).isEmpty();

        OrderFile after = new OrderFile(stored, List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(diff.changes(before, after, actor, at)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.SUPPRESSION);
            assertThat(c.entityId()).isEqualTo(activity.id());
            assertThat(c.baseVersion()).isEqualTo(2);
        });
    }
}
