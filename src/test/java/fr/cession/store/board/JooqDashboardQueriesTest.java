package fr.cession.store.board;

import fr.cession.domain.dashboard.DashboardFigures;
import fr.cession.domain.dashboard.DashboardFilter;
import fr.cession.domain.dashboard.DashboardOrder;
import fr.cession.domain.dashboard.DashboardSlice;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.real.RealStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SALES_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's aggregates on a real store (clock: Tuesday 10 March 2026): three orders of the
 * period — one booked this week, one cancelled with its fee in (the refund waits for the manager,
 * 004:62-63), one sold 14 days after its reservation — and one reserved before the period.
 */
class JooqDashboardQueriesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private final RealStore real = new RealStore();
    private final JooqDashboardQueries queries = new JooqDashboardQueries(real.db.dsl());
    private final DashboardFilter period = new DashboardFilter(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 10),
            null, null);
    private UUID booked;
    private UUID cancelled;
    private UUID sold;
    private UUID older;

    @BeforeEach
    void orders() {
        booked = real.order("Martin", "AA-100-AA", "VF1AAAAAA11111111", 12, TestUi.ACTOR).orderId();
        real.workflow.setHandoverDate(booked, LocalDateTime.parse("2026-03-12T10:00"), TestUi.ACTOR);
        real.workflow.recordPayment(booked, PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("1000"),
                TestUi.CLOCK.instant(), null, null, TestUi.ACTOR);
        cancelled = real.order("Garnier", "BB-200-BB", "VF1BBBBBB22222222", 3, TestUi.ACTOR).orderId();
        real.workflow.recordPayment(cancelled, PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, new BigDecimal("500"),
                null, TestUi.CLOCK.instant(), null, TestUi.ACTOR);
        real.workflow.cancel(cancelled, CancellationCase.FRAIS_RESERVATION_SEULS, "Le client renonce", TestUi.ACTOR);
        sold = real.order("Petit", "CC-300-CC", "VF1CCCCCC33333333", 20, TestUi.ACTOR).orderId();
        // the sale itself is the workflow's business (tested there): here only its day matters
        real.db.dsl().update(SALES_ORDER).set(SALES_ORDER.STATUS, OrderStatus.VENDUE.name())
                .set(SALES_ORDER.VEHICLE_RECEIVED_ON, LocalDate.of(2026, 3, 4)).where(SALES_ORDER.ID.eq(sold)).execute();
        older = real.order("Ancien", "DD-400-DD", "VF1DDDDDD44444444", 60, TestUi.ACTOR).orderId();
    }

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void counts_the_period_by_stage_and_case_with_the_median_days_to_sale() {
        DashboardFigures f = queries.figures(period, TestUi.CLOCK.instant(), MONDAY);
        assertThat(f.orders()).isEqualTo(3);
        assertThat(f.byStage()).containsEntry(OrderStatus.RESERVEE, 1).containsEntry(OrderStatus.ANNULEE, 1)
                .containsEntry(OrderStatus.VENDUE, 1).containsEntry(OrderStatus.CLOTUREE, 0);
        assertThat(f.cancellations()).containsEntry(CancellationCase.FRAIS_RESERVATION_SEULS, 1)
                .containsEntry(CancellationCase.RETRACTATION, 0);
        assertThat(f.medianDaysToSale()).isEqualTo(14.0);
        assertThat(f.sold()).isEqualTo(1);
        assertThat(f.fundsExpected()).isEqualByComparingTo("1500");
        assertThat(f.fundsReceived()).isEqualByComparingTo("500");
        assertThat(f.handoversThisWeek()).isEqualTo(1);
        assertThat(f.approvalsWaiting()).as("the refund asked at the cancellation").isEqualTo(1);
        assertThat(f.overdueActivities()).as("the older orders' first activities are past due").isPositive();
    }

    @Test
    void each_figure_gives_the_orders_behind_it() {
        assertThat(ids(DashboardSlice.stage(OrderStatus.RESERVEE))).containsExactly(booked);
        assertThat(ids(DashboardSlice.cancelled(CancellationCase.FRAIS_RESERVATION_SEULS))).containsExactly(cancelled);
        assertThat(ids(DashboardSlice.of(DashboardSlice.Kind.SOLD))).containsExactly(sold);
        assertThat(ids(DashboardSlice.of(DashboardSlice.Kind.FUNDS_PENDING))).containsExactly(booked);
        assertThat(ids(DashboardSlice.of(DashboardSlice.Kind.HANDOVERS_WEEK))).containsExactly(booked);
        assertThat(ids(DashboardSlice.of(DashboardSlice.Kind.APPROVALS_WAITING))).containsExactly(cancelled);
        assertThat(ids(DashboardSlice.of(DashboardSlice.Kind.OVERDUE))).contains(older);
    }

    @Test
    void a_site_or_a_person_narrows_every_figure() {
        DashboardFilter elsewhere = new DashboardFilter(period.from(), period.to(), "PARIS", null);
        DashboardFigures f = queries.figures(elsewhere, TestUi.CLOCK.instant(), MONDAY);
        assertThat(f.orders()).isZero();
        assertThat(f.approvalsWaiting()).isZero();
        assertThat(f.overdueActivities()).isZero();
        assertThat(f.medianDaysToSale()).isNull();
        DashboardFilter mine = new DashboardFilter(period.from(), period.to(), null, TestUi.ACTOR.login());
        assertThat(queries.figures(mine, TestUi.CLOCK.instant(), MONDAY).orders()).isEqualTo(3);
        assertThat(queries.choices().sites()).containsExactly(TestUi.ACTOR.site());
        assertThat(queries.choices().advisors()).containsExactly(TestUi.ACTOR.login());
    }

    private java.util.List<UUID> ids(DashboardSlice slice) {
        return queries.orders(period, slice, TestUi.CLOCK.instant(), MONDAY).stream().map(DashboardOrder::orderId)
                .toList();
    }
}
