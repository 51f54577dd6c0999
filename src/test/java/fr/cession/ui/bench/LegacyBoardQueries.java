package fr.cession.ui.bench;

import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.board.IdleOrder;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.user.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.CHECKLIST_ITEM;
import static fr.cession.store.schema.Tables.PAYMENT;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * The board queries as they were before V20 (an OR over assignee/advisor, two correlated counts
 * per activity), kept only so the benchmark measures the old and new ones in the same run.
 */
final class LegacyBoardQueries implements BoardQueries {

    private static final List<String> DEAD = List.of(OrderStatus.ANNULEE.name(), OrderStatus.CLOTUREE.name());

    private final DSLContext dsl;

    LegacyBoardQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public BoardSnapshot snapshot() {
        return new BoardSnapshot(cards(DSL.noCondition()), idleOrders(DSL.noCondition()));
    }

    @Override
    public BoardSnapshot snapshotFor(String login) {
        Condition mine = ACTIVITY.ASSIGNEE.eq(login)
                .or(ACTIVITY.ASSIGNEE.isNull().and(ACTIVITY.ROLE.eq(Role.COMMERCIAL.name()))
                        .and(SALES_ORDER.ADVISOR.eq(login)));
        return new BoardSnapshot(cards(mine), idleOrders(SALES_ORDER.ADVISOR.eq(login)));
    }

    @Override
    public boolean isEmpty() {
        return !dsl.fetchExists(SALES_ORDER);
    }

    private List<ActivityCard> cards(Condition which) {
        // correlated counts use the index on checklist_item.activity_id; H2 joins a grouped derived
        // table without an index, which took 20 s on 50,000 activities
        Field<Integer> total = DSL.field(DSL.selectCount().from(CHECKLIST_ITEM)
                .where(CHECKLIST_ITEM.ACTIVITY_ID.eq(ACTIVITY.ID))
                .and(CHECKLIST_ITEM.DELETED.isFalse())).as("items_total");
        Field<Integer> done = DSL.field(DSL.selectCount().from(CHECKLIST_ITEM)
                .where(CHECKLIST_ITEM.ACTIVITY_ID.eq(ACTIVITY.ID))
                .and(CHECKLIST_ITEM.DELETED.isFalse())
                .and(CHECKLIST_ITEM.CHECKED.isTrue())).as("items_done");
        Field<Boolean> funds = DSL.field(DSL.exists(DSL.selectOne().from(PAYMENT)
                .where(PAYMENT.ORDER_ID.eq(SALES_ORDER.ID))
                .and(PAYMENT.DELETED.isFalse())
                .and(PAYMENT.RECEIVED_AT.isNotNull())
                .and(PAYMENT.KIND.ne("FRAIS_RESERVATION")))).as("funds");
        return dsl.select(ACTIVITY.ID, ACTIVITY.ORDER_ID, SALES_ORDER.NUMBER, SALES_ORDER.STATUS,
                        SALES_ORDER.CUSTOMER_KIND, SALES_ORDER.COMPANY_NAME, SALES_ORDER.CUSTOMER_FIRST_NAME,
                        SALES_ORDER.CUSTOMER_LAST_NAME, SALES_ORDER.VEHICLE_PLATE, SALES_ORDER.VEHICLE_VIN,
                        SALES_ORDER.VEHICLE_MAKE, SALES_ORDER.VEHICLE_MODEL, ACTIVITY.TYPE_CODE, ACTIVITY.TITLE,
                        ACTIVITY.ROLE, ACTIVITY.ASSIGNEE, SALES_ORDER.ADVISOR, ACTIVITY.DUE_AT,
                        SALES_ORDER.PAYMENT_METHOD, SALES_ORDER.HANDOVER_MODE, SALES_ORDER.HANDOVER_AT,
                        total, done, funds)
                .from(ACTIVITY)
                .join(SALES_ORDER).on(SALES_ORDER.ID.eq(ACTIVITY.ORDER_ID))
                .where(ACTIVITY.STATE.eq("OUVERTE"))
                .and(ACTIVITY.DELETED.isFalse())
                .and(SALES_ORDER.DELETED.isFalse())
                .and(SALES_ORDER.STATUS.notIn(DEAD))
                .and(which)
                .orderBy(ACTIVITY.DUE_AT)
                .fetch(r -> new ActivityCard(
                        r.get(ACTIVITY.ID), r.get(ACTIVITY.ORDER_ID), r.get(SALES_ORDER.NUMBER),
                        OrderStatus.valueOf(r.get(SALES_ORDER.STATUS)),
                        customer(r),
                        r.get(SALES_ORDER.VEHICLE_PLATE), r.get(SALES_ORDER.VEHICLE_VIN),
                        join(r.get(SALES_ORDER.VEHICLE_MAKE), r.get(SALES_ORDER.VEHICLE_MODEL)),
                        r.get(ACTIVITY.TYPE_CODE), r.get(ACTIVITY.TITLE), Role.valueOf(r.get(ACTIVITY.ROLE)),
                        r.get(ACTIVITY.ASSIGNEE), r.get(SALES_ORDER.ADVISOR),
                        toInstant(r.get(ACTIVITY.DUE_AT)),
                        PaymentMethod.valueOf(r.get(SALES_ORDER.PAYMENT_METHOD)),
                        HandoverMode.valueOf(r.get(SALES_ORDER.HANDOVER_MODE)),
                        r.get(SALES_ORDER.HANDOVER_AT),
                        zeroIfNull(r.get(done)), zeroIfNull(r.get(total)),
                        Boolean.TRUE.equals(r.get(funds))));
    }

    private List<IdleOrder> idleOrders(Condition which) {
        return dsl.select(SALES_ORDER.ID, SALES_ORDER.NUMBER, SALES_ORDER.STATUS, SALES_ORDER.CUSTOMER_KIND,
                        SALES_ORDER.COMPANY_NAME, SALES_ORDER.CUSTOMER_FIRST_NAME, SALES_ORDER.CUSTOMER_LAST_NAME,
                        SALES_ORDER.ADVISOR)
                .from(SALES_ORDER)
                .where(SALES_ORDER.DELETED.isFalse())
                .and(SALES_ORDER.STATUS.notIn(DEAD))
                .and(which)
                .andNotExists(DSL.selectOne().from(ACTIVITY)
                        .where(ACTIVITY.ORDER_ID.eq(SALES_ORDER.ID))
                        .and(ACTIVITY.STATE.eq("OUVERTE"))
                        .and(ACTIVITY.DELETED.isFalse()))
                .orderBy(SALES_ORDER.NUMBER)
                .fetch(r -> new IdleOrder(r.get(SALES_ORDER.ID), r.get(SALES_ORDER.NUMBER),
                        OrderStatus.valueOf(r.get(SALES_ORDER.STATUS)), customer(r), r.get(SALES_ORDER.ADVISOR)));
    }

    private static String customer(Record r) {
        String company = r.get(SALES_ORDER.COMPANY_NAME);
        if ("SOCIETE".equals(r.get(SALES_ORDER.CUSTOMER_KIND)) && company != null && !company.isBlank()) {
            return company;
        }
        return join(r.get(SALES_ORDER.CUSTOMER_FIRST_NAME), r.get(SALES_ORDER.CUSTOMER_LAST_NAME));
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a.trim()) + " " + (b == null ? "" : b.trim())).trim();
    }

    private static int zeroIfNull(Integer n) {
        return n == null ? 0 : n;
    }

    private static java.time.Instant toInstant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
