package fr.cession.store.board;

import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.user.Role;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.CHECKLIST_ITEM;
import static fr.cession.store.schema.Tables.PAYMENT;
import static fr.cession.store.schema.Tables.SALES_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

/** The board's one query against a real H2 store migrated by Flyway. */
class JooqBoardQueriesTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private DSLContext dsl;

    @BeforeEach
    void migrate() {
        String dir = System.getProperty("cession.test.dir", "target/test-work");
        String url = "jdbc:h2:file:" + Path.of(dir, "board-" + UUID.randomUUID()).toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/local").load().migrate();
        dsl = DSL.using(url, "sa", "");
        dsl = DSL.using(dsl.configuration().set(SQLDialect.H2));
    }

    private UUID order(String number, String status, String last) {
        return order(number, status, last, "cdupont");
    }

    private UUID order(String number, String status, String last, String advisor) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(SALES_ORDER)
                .set(SALES_ORDER.ID, id).set(SALES_ORDER.NUMBER, number).set(SALES_ORDER.STATUS, status)
                .set(SALES_ORDER.RESERVED_ON, LocalDate.of(2026, 3, 1)).set(SALES_ORDER.RESERVATION_FEE, BigDecimal.TEN)
                .set(SALES_ORDER.ADVISOR, advisor).set(SALES_ORDER.OWNING_SITE, "LYON")
                .set(SALES_ORDER.CUSTOMER_KIND, "PARTICULIER").set(SALES_ORDER.CUSTOMER_FIRST_NAME, "Jean")
                .set(SALES_ORDER.CUSTOMER_LAST_NAME, last).set(SALES_ORDER.CG_HOLDING, "TITULAIRE")
                .set(SALES_ORDER.VEHICLE_PLATE, "AB-123-CD").set(SALES_ORDER.VEHICLE_VIN, "VF1AAAAAA11111111")
                .set(SALES_ORDER.VEHICLE_MAKE, "Peugeot").set(SALES_ORDER.VEHICLE_MODEL, "308")
                .set(SALES_ORDER.HANDOVER_MODE, "CESSION").set(SALES_ORDER.PAYMENT_METHOD, "CRD")
                .set(SALES_ORDER.HANDOVER_AT, LocalDateTime.of(2026, 3, 20, 14, 0))
                .set(SALES_ORDER.VERSION, 1L).set(SALES_ORDER.MODIFIED_AT, T0).set(SALES_ORDER.MODIFIED_BY, "cdupont")
                .set(SALES_ORDER.MODIFIED_SITE, "LYON").execute();
        return id;
    }

    private UUID activity(UUID orderId, String state, int checked, int total) {
        return activity(orderId, state, checked, total, "COMMERCIAL", null);
    }

    private UUID activity(UUID orderId, String state, int checked, int total, String role, String assignee) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(ACTIVITY).set(ACTIVITY.ID, id).set(ACTIVITY.ORDER_ID, orderId)
                .set(ACTIVITY.TYPE_CODE, "reservation_b2c").set(ACTIVITY.TITLE, "À la réservation B2C")
                .set(ACTIVITY.ROLE, role).set(ACTIVITY.ASSIGNEE, assignee).set(ACTIVITY.DUE_AT, T0).set(ACTIVITY.STATE, state)
                .set(ACTIVITY.VERSION, 1L).set(ACTIVITY.MODIFIED_AT, T0).set(ACTIVITY.MODIFIED_BY, "cdupont")
                .set(ACTIVITY.MODIFIED_SITE, "LYON").execute();
        for (int i = 0; i < total; i++) {
            dsl.insertInto(CHECKLIST_ITEM).set(CHECKLIST_ITEM.ID, UUID.randomUUID())
                    .set(CHECKLIST_ITEM.ACTIVITY_ID, id).set(CHECKLIST_ITEM.ORDER_ID, orderId)
                    .set(CHECKLIST_ITEM.LINE_CODE, "l" + i).set(CHECKLIST_ITEM.LABEL, "Ligne " + i)
                    .set(CHECKLIST_ITEM.POSITION, i).set(CHECKLIST_ITEM.CHECKED, i < checked)
                    .set(CHECKLIST_ITEM.VERSION, 1L).set(CHECKLIST_ITEM.MODIFIED_AT, T0)
                    .set(CHECKLIST_ITEM.MODIFIED_BY, "cdupont").set(CHECKLIST_ITEM.MODIFIED_SITE, "LYON").execute();
        }
        return id;
    }

    // 004:60 "Étape à ne pas oublier en cas d'annulation": what the cancellation planned stays on the day
    @Test
    void aCancelledOrdersOwnOpenActivitiesStillShow() {
        UUID cancelled = order("LYON-2026-0004", "ANNULEE", "Petit");
        UUID toDo = activity(cancelled, "OUVERTE", 0, 2);
        activity(cancelled, "ANNULEE", 0, 1);
        assertThat(new JooqBoardQueries(dsl).snapshot().cards()).extracting(c -> c.activityId()).containsExactly(toDo);
    }

    @Test
    void readsOpenActivitiesOfLiveOrdersWithChecklistCountsAndFunds() {
        UUID live = order("LYON-2026-0001", "RESERVEE", "Martin");
        UUID open = activity(live, "OUVERTE", 3, 7);
        activity(live, "FAITE", 2, 2);
        UUID closed = order("LYON-2026-0002", "CLOTUREE", "Bernard");
        activity(closed, "OUVERTE", 0, 1);
        UUID idle = order("LYON-2026-0003", "DESTOCKAGE", "Durand");
        dsl.insertInto(PAYMENT).set(PAYMENT.ID, UUID.randomUUID()).set(PAYMENT.ORDER_ID, live)
                .set(PAYMENT.KIND, "SOLDE").set(PAYMENT.METHOD, "VIR").set(PAYMENT.AMOUNT, BigDecimal.ONE)
                .set(PAYMENT.RECEIVED_AT, T0).set(PAYMENT.VERSION, 1L).set(PAYMENT.MODIFIED_AT, T0)
                .set(PAYMENT.MODIFIED_BY, "cdupont").set(PAYMENT.MODIFIED_SITE, "LYON").execute();

        JooqBoardQueries queries = new JooqBoardQueries(dsl);
        BoardSnapshot s = queries.snapshot();

        assertThat(queries.isEmpty()).isFalse();
        assertThat(s.cards()).singleElement().satisfies(c -> {
            assertThat(c.activityId()).isEqualTo(open);
            assertThat(c.orderNumber()).isEqualTo("LYON-2026-0001");
            assertThat(c.customer()).isEqualTo("Jean Martin");
            assertThat(c.vehicle()).isEqualTo("Peugeot 308");
            assertThat(c.itemsDone()).isEqualTo(3);
            assertThat(c.itemsTotal()).isEqualTo(7);
            assertThat(c.fundsReceived()).isTrue();
            assertThat(c.role()).isEqualTo(Role.COMMERCIAL);
            assertThat(c.paymentMethod()).isEqualTo(PaymentMethod.CRD);
            assertThat(c.orderStatus()).isEqualTo(OrderStatus.RESERVEE);
            assertThat(c.dueAt()).isEqualTo(T0.toInstant());
            assertThat(c.handoverAt()).isEqualTo(LocalDateTime.of(2026, 3, 20, 14, 0));
        });
        assertThat(s.idleOrders()).singleElement().satisfies(o -> assertThat(o.orderId()).isEqualTo(idle));
        // unassigned commercial activities of my orders are mine; nobody else's list holds them
        assertThat(queries.snapshotFor("cdupont").cards()).extracting(c -> c.activityId()).containsExactly(open);
        assertThat(queries.snapshotFor("someone").cards()).isEmpty();
        assertThat(queries.snapshotFor("someone").idleOrders()).isEmpty();
    }

    @Test
    void anEmptyStoreIsEmpty() {
        assertThat(new JooqBoardQueries(dsl).isEmpty()).isTrue();
        assertThat(new JooqBoardQueries(dsl).snapshot().cards()).isEmpty();
    }

    @Test
    void myListHoldsOnlyMyOpenActivitiesWithTheirCountsAndMyIdleOrders() {
        UUID mine = order("LYON-2026-0001", "RESERVEE", "Martin", "cdupont");
        UUID unassigned = activity(mine, "OUVERTE", 1, 3);
        activity(mine, "OUVERTE", 0, 2, "ADV", null);            // an ADV task of my order: not mine
        activity(mine, "OUVERTE", 0, 1, "COMMERCIAL", "mleroy"); // handed to a colleague: not mine
        activity(mine, "FAITE", 1, 1);                            // done: never on a list
        UUID theirs = order("LYON-2026-0002", "DESTOCKAGE", "Bernard", "mleroy");
        UUID assignedToMe = activity(theirs, "OUVERTE", 2, 2, "ADV", "cdupont");
        UUID myIdle = order("LYON-2026-0003", "ORGANISEE", "Durand", "cdupont");
        activity(myIdle, "FAITE", 0, 0);
        order("LYON-2026-0004", "ORGANISEE", "Petit", "mleroy"); // idle, but not mine
        UUID myClosed = order("LYON-2026-0005", "CLOTUREE", "Simon", "cdupont");
        activity(myClosed, "OUVERTE", 0, 0);                      // a closed order is off every list
        // a deleted checklist line is not counted
        dsl.update(CHECKLIST_ITEM).set(CHECKLIST_ITEM.DELETED, true)
                .where(CHECKLIST_ITEM.ACTIVITY_ID.eq(unassigned)).and(CHECKLIST_ITEM.CHECKED.isFalse())
                .and(CHECKLIST_ITEM.POSITION.eq(2)).execute();
        // the reservation fee is not the funds awaited before hand-over
        dsl.insertInto(PAYMENT).set(PAYMENT.ID, UUID.randomUUID()).set(PAYMENT.ORDER_ID, mine)
                .set(PAYMENT.KIND, "FRAIS_RESERVATION").set(PAYMENT.METHOD, "VIR").set(PAYMENT.AMOUNT, BigDecimal.ONE)
                .set(PAYMENT.RECEIVED_AT, T0).set(PAYMENT.VERSION, 1L).set(PAYMENT.MODIFIED_AT, T0)
                .set(PAYMENT.MODIFIED_BY, "cdupont").set(PAYMENT.MODIFIED_SITE, "LYON").execute();

        JooqBoardQueries queries = new JooqBoardQueries(dsl);
        BoardSnapshot me = queries.snapshotFor("cdupont");

        assertThat(me.cards()).extracting(c -> c.activityId()).containsExactlyInAnyOrder(unassigned, assignedToMe);
        assertThat(me.cards()).allSatisfy(c -> assertThat(c.isFor("cdupont")).isTrue());
        assertThat(me.cards()).filteredOn(c -> c.activityId().equals(unassigned)).singleElement().satisfies(c -> {
            assertThat(c.itemsDone()).isEqualTo(1);
            assertThat(c.itemsTotal()).isEqualTo(2);
            assertThat(c.fundsReceived()).isFalse();
        });
        assertThat(me.cards()).filteredOn(c -> c.activityId().equals(assignedToMe)).singleElement().satisfies(c -> {
            assertThat(c.itemsDone()).isEqualTo(2);
            assertThat(c.itemsTotal()).isEqualTo(2);
            assertThat(c.advisor()).isEqualTo("mleroy");
        });
        assertThat(me.idleOrders()).extracting(o -> o.orderId()).containsExactly(myIdle);

        // the whole board: the same cards and counts as each one's own list, every idle order
        BoardSnapshot all = queries.snapshot();
        assertThat(all.cards()).hasSize(4);
        assertThat(all.cards()).filteredOn(c -> c.isFor("cdupont")).containsExactlyInAnyOrderElementsOf(me.cards());
        assertThat(all.cards()).filteredOn(c -> c.isFor("mleroy")).singleElement()
                .satisfies(c -> assertThat(c.itemsTotal()).isEqualTo(1));
        assertThat(all.idleOrders()).extracting(o -> o.orderNumber()).containsExactly("LYON-2026-0003", "LYON-2026-0004");
        assertThat(queries.snapshotFor("mleroy").cards()).singleElement()
                .satisfies(c -> assertThat(c.assignee()).isEqualTo("mleroy"));
    }

    @Test
    void theBoardIsInDueOrder() {
        UUID o = order("LYON-2026-0001", "RESERVEE", "Martin");
        UUID late = activity(o, "OUVERTE", 0, 0);
        UUID early = activity(o, "OUVERTE", 0, 0);
        dsl.update(ACTIVITY).set(ACTIVITY.DUE_AT, T0.plusDays(2)).where(ACTIVITY.ID.eq(late)).execute();
        dsl.update(ACTIVITY).set(ACTIVITY.DUE_AT, T0.minusDays(1)).where(ACTIVITY.ID.eq(early)).execute();

        JooqBoardQueries queries = new JooqBoardQueries(dsl);

        assertThat(queries.snapshot().cards()).extracting(c -> c.activityId()).containsExactly(early, late);
        assertThat(queries.snapshotFor("cdupont").cards()).extracting(c -> c.activityId()).containsExactly(early, late);
    }

    @Test
    void oneOrderCardPerOrderOfEveryStatusWithItsNextOpenActivityAndOpenCount() {
        UUID live = order("LYON-2026-0001", "RESERVEE", "Martin");
        UUID later = activity(live, "OUVERTE", 0, 2);
        UUID next = activity(live, "OUVERTE", 1, 4);
        UUID done = activity(live, "FAITE", 3, 3);
        UUID removed = activity(live, "OUVERTE", 0, 0);
        dsl.update(ACTIVITY).set(ACTIVITY.DUE_AT, T0.plusDays(3)).where(ACTIVITY.ID.eq(later)).execute();
        dsl.update(ACTIVITY).set(ACTIVITY.DUE_AT, T0.minusDays(2)).where(ACTIVITY.ID.eq(done)).execute();
        dsl.update(ACTIVITY).set(ACTIVITY.DUE_AT, T0.minusDays(1)).set(ACTIVITY.DELETED, true)
                .where(ACTIVITY.ID.eq(removed)).execute();
        dsl.update(SALES_ORDER).set(SALES_ORDER.VEHICLE_PRICE, new BigDecimal("18990.00"))
                .where(SALES_ORDER.ID.eq(live)).execute();
        UUID cancelled = order("LYON-2026-0002", "ANNULEE", "Bernard");
        activity(cancelled, "ANNULEE", 0, 1);
        UUID closed = order("LYON-2026-0003", "CLOTUREE", "Durand");
        UUID nothingOpen = order("LYON-2026-0004", "ORGANISEE", "Petit");
        activity(nothingOpen, "FAITE", 2, 2);
        UUID gone = order("LYON-2026-0005", "RESERVEE", "Simon");
        dsl.update(SALES_ORDER).set(SALES_ORDER.DELETED, true).where(SALES_ORDER.ID.eq(gone)).execute();

        BoardSnapshot s = new JooqBoardQueries(dsl).snapshot();

        assertThat(s.orders()).extracting(o -> o.orderId()).containsExactly(live, cancelled, closed, nothingOpen);
        assertThat(s.orders().get(0)).satisfies(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.RESERVEE);
            assertThat(o.customer()).isEqualTo("Jean Martin");
            assertThat(o.plate()).isEqualTo("AB-123-CD");
            assertThat(o.vin()).isEqualTo("VF1AAAAAA11111111");
            assertThat(o.vehicle()).isEqualTo("Peugeot 308");
            assertThat(o.vehiclePrice()).isEqualByComparingTo("18990");
            assertThat(o.paymentMethod()).isEqualTo(PaymentMethod.CRD);
            assertThat(o.handoverAt()).isEqualTo(LocalDateTime.of(2026, 3, 20, 14, 0));
            // done and deleted activities are neither next nor counted
            assertThat(o.openActivities()).isEqualTo(2);
            assertThat(o.othersOpen()).isEqualTo(1);
            assertThat(o.next()).isNotNull();
            assertThat(o.next().activityId()).isEqualTo(next);
            assertThat(o.next().dueAt()).isEqualTo(T0.toInstant());
            assertThat(o.next().typeCode()).isEqualTo("reservation_b2c");
            assertThat(o.next().role()).isEqualTo(Role.COMMERCIAL);
            assertThat(o.next().itemsDone()).isEqualTo(1);
            assertThat(o.next().itemsTotal()).isEqualTo(4);
        });
        assertThat(s.orders().subList(1, 4)).allSatisfy(o -> {
            assertThat(o.next()).isNull();
            assertThat(o.openActivities()).isZero();
        });
        assertThat(s.orders().get(1).status()).isEqualTo(OrderStatus.ANNULEE);
        // the live order with nothing open is still flagged as idle; closed and cancelled ones are not
        assertThat(s.idleOrders()).extracting(o -> o.orderId()).containsExactly(nothingOpen);
        assertThat(s.cards()).extracting(c -> c.activityId()).containsExactly(next, later);
    }

    private void op(UUID orderId, String kind, OffsetDateTime at, String... fields) {
        UUID op = UUID.randomUUID();
        dsl.insertInto(CHANGE_OP).set(CHANGE_OP.OP_ID, op).set(CHANGE_OP.ENTITY, "COMMANDE")
                .set(CHANGE_OP.ENTITY_ID, orderId).set(CHANGE_OP.ORDER_ID, orderId).set(CHANGE_OP.KIND, kind)
                .set(CHANGE_OP.BASE_VERSION, 0L).set(CHANGE_OP.NEW_VERSION, 1L).set(CHANGE_OP.CHANGED_AT, at)
                .set(CHANGE_OP.CHANGED_BY, "cdupont").set(CHANGE_OP.SITE, "LYON").set(CHANGE_OP.ORIGIN, "LOCAL")
                .execute();
        for (String f : fields) {
            dsl.insertInto(CHANGE_FIELD).set(CHANGE_FIELD.OP_ID, op).set(CHANGE_FIELD.FIELD, f).execute();
        }
    }

    @Test
    void anOrderEntersItsStageAtItsLastChangeOfStatusElseAtItsCreationAndClosedOrdersHaveNone() {
        UUID created = order("LYON-1", "RESERVEE", "Martin");
        UUID moved = order("LYON-2", "DESTOCKAGE", "Bernard");
        UUID closed = order("LYON-3", "CLOTUREE", "Durand");
        op(created, "CREATION", T0);
        op(moved, "CREATION", T0);
        op(moved, "MODIFICATION", T0.plusDays(2), "status", "handover_at");
        op(moved, "MODIFICATION", T0.plusDays(3), "customer_phone");
        op(closed, "CREATION", T0);

        var entered = new JooqBoardQueries(dsl).stageEnteredAt();

        assertThat(entered).containsOnlyKeys(created, moved);
        assertThat(entered.get(created)).isEqualTo(T0.toInstant());
        assertThat(entered.get(moved)).isEqualTo(T0.plusDays(2).toInstant());
    }
}
