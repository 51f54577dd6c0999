package fr.cession.domain.dashboard;

import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The dashboard's figures for one filter.
 *
 * @param byStage            orders of the period by status (every status, zeros included)
 * @param overdueActivities  open activities past their due time, of the site's / person's live orders
 * @param fundsExpected      customer payments announced on the period's orders (refunds excluded)
 * @param fundsReceived      the part of them received
 * @param handoversThisWeek  appointments of the current week (Monday to Sunday)
 * @param approvalsWaiting   requests waiting for the manager
 * @param cancellations      cancelled orders of the period by case
 * @param medianDaysToSale   median days from reservation to the vehicle received, null with no sale
 * @param sold               how many sales the median is taken on
 */
public record DashboardFigures(Map<OrderStatus, Integer> byStage, int overdueActivities, BigDecimal fundsExpected,
                               BigDecimal fundsReceived, int handoversThisWeek, int approvalsWaiting,
                               Map<CancellationCase, Integer> cancellations, Double medianDaysToSale, int sold) {

    public int orders() {
        return byStage.values().stream().mapToInt(Integer::intValue).sum();
    }
}
