package fr.cession.store.board;

import fr.cession.domain.board.NextActivity;
import fr.cession.domain.board.OrderCard;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.user.Role;
import fr.cession.store.schema.tables.Activity;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * One row per order of every status, with its next open activity (the one due first) and its
 * number of open activities. Both come from the V30 index {@code (order_id, state, deleted,
 * due_at, id)}: the next activity's id is the first entry of the order's open range, found by a
 * correlated sub-query that H2 answers from the index and then looks up by primary key; the
 * count is counted from the same range. On 5,000 orders that is one scan of the orders and two
 * short index ranges per order, with no sort and no grouped table.
 */
final class OrderCardQuery {

    private static final String OPEN = "OUVERTE";
    private static final Activity NEXT = ACTIVITY.as("next_activity");
    private static final Activity FIRST = ACTIVITY.as("first_open");
    private static final Activity COUNTED = ACTIVITY.as("counted_open");
    private static final Field<Integer> OPEN_COUNT = DSL.field(DSL.selectCount().from(COUNTED)
            .where(COUNTED.ORDER_ID.eq(SALES_ORDER.ID))
            .and(COUNTED.STATE.eq(OPEN))
            .and(COUNTED.DELETED.isFalse())).as("open_count");

    private final DSLContext dsl;

    OrderCardQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * @param checklist done and total items per activity ({@code [done, total]}), read once by the caller
     * @param funded    orders where money other than the reservation fee has been received
     */
    List<OrderCard> read(Map<UUID, int[]> checklist, Set<UUID> funded) {
        return dsl.select(SALES_ORDER.ID, SALES_ORDER.NUMBER, SALES_ORDER.STATUS, SALES_ORDER.CUSTOMER_KIND,
                        SALES_ORDER.COMPANY_NAME, SALES_ORDER.CUSTOMER_FIRST_NAME, SALES_ORDER.CUSTOMER_LAST_NAME,
                        SALES_ORDER.VEHICLE_PLATE, SALES_ORDER.VEHICLE_VIN, SALES_ORDER.VEHICLE_MAKE,
                        SALES_ORDER.VEHICLE_MODEL, SALES_ORDER.ADVISOR, SALES_ORDER.VEHICLE_PRICE,
                        SALES_ORDER.PAYMENT_METHOD, SALES_ORDER.HANDOVER_MODE, SALES_ORDER.HANDOVER_AT,
                        NEXT.ID, NEXT.TYPE_CODE, NEXT.TITLE, NEXT.ROLE, NEXT.ASSIGNEE, NEXT.DUE_AT, OPEN_COUNT)
                .from(SALES_ORDER)
                .leftJoin(NEXT).on(NEXT.ID.eq(DSL.field(DSL.select(FIRST.ID).from(FIRST)
                        .where(FIRST.ORDER_ID.eq(SALES_ORDER.ID))
                        .and(FIRST.STATE.eq(OPEN))
                        .and(FIRST.DELETED.isFalse())
                        .orderBy(FIRST.DUE_AT, FIRST.ID)
                        .limit(1))))
                .where(SALES_ORDER.DELETED.isFalse())
                .orderBy(SALES_ORDER.NUMBER)
                .fetch(r -> card(r, checklist, funded));
    }

    private static OrderCard card(Record r, Map<UUID, int[]> checklist, Set<UUID> funded) {
        UUID id = r.get(SALES_ORDER.ID);
        NextActivity next = null;
        UUID activity = r.get(NEXT.ID);
        if (activity != null) {
            int[] items = checklist.getOrDefault(activity, new int[2]);
            next = new NextActivity(activity, r.get(NEXT.TYPE_CODE), r.get(NEXT.TITLE), Role.valueOf(r.get(NEXT.ROLE)),
                    r.get(NEXT.ASSIGNEE), toInstant(r.get(NEXT.DUE_AT)), items[0], items[1]);
        }
        Integer open = r.get(OPEN_COUNT);
        return new OrderCard(id, r.get(SALES_ORDER.NUMBER), OrderStatus.valueOf(r.get(SALES_ORDER.STATUS)),
                Names.customer(r.get(SALES_ORDER.CUSTOMER_KIND), r.get(SALES_ORDER.COMPANY_NAME),
                        r.get(SALES_ORDER.CUSTOMER_FIRST_NAME), r.get(SALES_ORDER.CUSTOMER_LAST_NAME)),
                r.get(SALES_ORDER.VEHICLE_PLATE), r.get(SALES_ORDER.VEHICLE_VIN),
                Names.join(r.get(SALES_ORDER.VEHICLE_MAKE), r.get(SALES_ORDER.VEHICLE_MODEL)),
                r.get(SALES_ORDER.ADVISOR), r.get(SALES_ORDER.VEHICLE_PRICE),
                PaymentMethod.valueOf(r.get(SALES_ORDER.PAYMENT_METHOD)),
                HandoverMode.valueOf(r.get(SALES_ORDER.HANDOVER_MODE)), r.get(SALES_ORDER.HANDOVER_AT),
                funded.contains(id), next, open == null ? 0 : open);
    }

    private static java.time.Instant toInstant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
