package fr.cession.store.board;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dashboard.DashboardFigures;
import fr.cession.domain.dashboard.DashboardFilter;
import fr.cession.domain.dashboard.DashboardOrder;
import fr.cession.domain.dashboard.DashboardQueries;
import fr.cession.domain.dashboard.DashboardSlice;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.payment.PaymentKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.APPROVAL_REQUEST;
import static fr.cession.store.schema.Tables.PAYMENT;
import static fr.cession.store.schema.Tables.SALES_ORDER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.localDateDiff;
import static org.jooq.impl.DSL.median;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

/**
 * The manager's dashboard as aggregate queries over the orders and their rows: six small
 * queries, each grouped in the database, whatever the number of orders.
 */
public final class JooqDashboardQueries implements DashboardQueries {

    private static final List<String> SOLD = List.of(OrderStatus.VENDUE.name(), OrderStatus.CLOTUREE.name());
    private static final List<String> NOT_LIVE = List.of(OrderStatus.ANNULEE.name(), OrderStatus.CLOTUREE.name());

    private final DSLContext dsl;

    public JooqDashboardQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public DashboardFigures figures(DashboardFilter filter, Instant now, LocalDate weekStart) {
        Map<OrderStatus, Integer> byStage = new EnumMap<>(OrderStatus.class);
        for (OrderStatus s : OrderStatus.values()) {
            byStage.put(s, 0);
        }
        Map<CancellationCase, Integer> cancellations = new EnumMap<>(CancellationCase.class);
        for (CancellationCase c : CancellationCase.values()) {
            cancellations.put(c, 0);
        }
        for (Record3<String, String, Integer> r : dsl.select(SALES_ORDER.STATUS, SALES_ORDER.CANCELLATION_CASE, count())
                .from(SALES_ORDER).where(period(filter))
                .groupBy(SALES_ORDER.STATUS, SALES_ORDER.CANCELLATION_CASE).fetch()) {
            OrderStatus status = OrderStatus.valueOf(r.value1());
            byStage.merge(status, r.value3(), Integer::sum);
            if (status == OrderStatus.ANNULEE && r.value2() != null) {
                cancellations.merge(CancellationCase.valueOf(r.value2()), r.value3(), Integer::sum);
            }
        }
        int overdue = dsl.fetchCount(ACTIVITY.join(SALES_ORDER).on(SALES_ORDER.ID.eq(ACTIVITY.ORDER_ID)),
                scope(filter).and(overdueActivity(now)));
        Field<BigDecimal> received = when(PAYMENT.RECEIVED_AT.isNotNull(), PAYMENT.AMOUNT).otherwise(BigDecimal.ZERO);
        Record2<BigDecimal, BigDecimal> funds = dsl.select(coalesce(sum(PAYMENT.AMOUNT), BigDecimal.ZERO),
                        coalesce(sum(received), BigDecimal.ZERO))
                .from(PAYMENT).join(SALES_ORDER).on(SALES_ORDER.ID.eq(PAYMENT.ORDER_ID))
                .where(period(filter)).and(incomingPayment()).fetchOne();
        int week = dsl.fetchCount(SALES_ORDER, scope(filter).and(inWeek(weekStart)));
        int waiting = dsl.fetchCount(APPROVAL_REQUEST.join(SALES_ORDER).on(SALES_ORDER.ID.eq(APPROVAL_REQUEST.ORDER_ID)),
                scope(filter).and(pendingApproval()));
        Field<Integer> days = localDateDiff(SALES_ORDER.VEHICLE_RECEIVED_ON, SALES_ORDER.RESERVED_ON);
        Record2<BigDecimal, Integer> median = dsl.select(median(days), count()).from(SALES_ORDER)
                .where(period(filter)).and(sold()).fetchOne();
        return new DashboardFigures(byStage, overdue, funds.value1(), funds.value2(), week, waiting, cancellations,
                median.value1() == null ? null : median.value1().doubleValue(), median.value2());
    }

    @Override
    public List<DashboardOrder> orders(DashboardFilter filter, DashboardSlice slice, Instant now, LocalDate weekStart) {
        Condition which = switch (slice.kind()) {
            case STAGE -> period(filter).and(SALES_ORDER.STATUS.eq(slice.status().name()));
            case OVERDUE -> scope(filter).and(exists(selectOne().from(ACTIVITY)
                    .where(ACTIVITY.ORDER_ID.eq(SALES_ORDER.ID)).and(overdueActivity(now))));
            case FUNDS_PENDING -> period(filter).and(exists(selectOne().from(PAYMENT)
                    .where(PAYMENT.ORDER_ID.eq(SALES_ORDER.ID)).and(incomingPayment())
                    .and(PAYMENT.RECEIVED_AT.isNull())));
            case HANDOVERS_WEEK -> scope(filter).and(inWeek(weekStart));
            case APPROVALS_WAITING -> scope(filter).and(exists(selectOne().from(APPROVAL_REQUEST)
                    .where(APPROVAL_REQUEST.ORDER_ID.eq(SALES_ORDER.ID)).and(pendingApproval())));
            case CANCELLED -> period(filter).and(SALES_ORDER.STATUS.eq(OrderStatus.ANNULEE.name()))
                    .and(SALES_ORDER.CANCELLATION_CASE.eq(slice.cancellationCase().name()));
            case SOLD -> period(filter).and(sold());
        };
        return dsl.select(SALES_ORDER.ID, SALES_ORDER.NUMBER, SALES_ORDER.STATUS, SALES_ORDER.OWNING_SITE,
                        SALES_ORDER.ADVISOR, SALES_ORDER.RESERVED_ON, SALES_ORDER.HANDOVER_AT,
                        SALES_ORDER.CUSTOMER_KIND, SALES_ORDER.COMPANY_NAME, SALES_ORDER.CUSTOMER_FIRST_NAME,
                        SALES_ORDER.CUSTOMER_LAST_NAME)
                .from(SALES_ORDER).where(which)
                .orderBy(SALES_ORDER.NUMBER)
                .fetch(JooqDashboardQueries::order);
    }

    @Override
    public Choices choices() {
        List<String> sites = dsl.selectDistinct(SALES_ORDER.OWNING_SITE).from(SALES_ORDER)
                .where(SALES_ORDER.DELETED.isFalse()).orderBy(SALES_ORDER.OWNING_SITE).fetch(SALES_ORDER.OWNING_SITE);
        List<String> advisors = dsl.selectDistinct(SALES_ORDER.ADVISOR).from(SALES_ORDER)
                .where(SALES_ORDER.DELETED.isFalse()).and(SALES_ORDER.ADVISOR.isNotNull())
                .orderBy(SALES_ORDER.ADVISOR).fetch(SALES_ORDER.ADVISOR);
        return new Choices(sites, advisors);
    }

    private static DashboardOrder order(Record r) {
        return new DashboardOrder(r.get(SALES_ORDER.ID), r.get(SALES_ORDER.NUMBER),
                Names.customer(r.get(SALES_ORDER.CUSTOMER_KIND), r.get(SALES_ORDER.COMPANY_NAME),
                        r.get(SALES_ORDER.CUSTOMER_FIRST_NAME), r.get(SALES_ORDER.CUSTOMER_LAST_NAME)),
                OrderStatus.valueOf(r.get(SALES_ORDER.STATUS)), r.get(SALES_ORDER.OWNING_SITE),
                r.get(SALES_ORDER.ADVISOR), r.get(SALES_ORDER.RESERVED_ON), r.get(SALES_ORDER.HANDOVER_AT));
    }

    /** The site and person chosen, whatever the period (what is late or waiting now). */
    private static Condition scope(DashboardFilter f) {
        Condition c = SALES_ORDER.DELETED.isFalse();
        if (f.site() != null) {
            c = c.and(SALES_ORDER.OWNING_SITE.eq(f.site()));
        }
        if (f.advisor() != null) {
            c = c.and(SALES_ORDER.ADVISOR.eq(f.advisor()));
        }
        return c;
    }

    /** The orders reserved in the period, of the site and person chosen. */
    private static Condition period(DashboardFilter f) {
        return scope(f).and(SALES_ORDER.RESERVED_ON.between(f.from(), f.to()));
    }

    private static Condition overdueActivity(Instant now) {
        return ACTIVITY.STATE.eq(ActivityState.OUVERTE.name()).and(ACTIVITY.DELETED.isFalse())
                .and(ACTIVITY.DUE_AT.lt(now.atOffset(ZoneOffset.UTC)));
    }

    private static Condition incomingPayment() {
        return PAYMENT.DELETED.isFalse().and(PAYMENT.KIND.ne(PaymentKind.REMBOURSEMENT.name()));
    }

    private static Condition pendingApproval() {
        return APPROVAL_REQUEST.STATUS.eq(ApprovalStatus.DEMANDEE.name()).and(APPROVAL_REQUEST.DELETED.isFalse());
    }

    private static Condition inWeek(LocalDate monday) {
        return SALES_ORDER.STATUS.notIn(NOT_LIVE)
                .and(SALES_ORDER.HANDOVER_AT.ge(monday.atStartOfDay()))
                .and(SALES_ORDER.HANDOVER_AT.lt(monday.plusDays(7).atStartOfDay()));
    }

    private static Condition sold() {
        return SALES_ORDER.STATUS.in(SOLD).and(SALES_ORDER.VEHICLE_RECEIVED_ON.isNotNull());
    }
}
