package fr.cession.domain.dashboard;

import fr.cession.domain.order.OrderStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One order behind a dashboard figure, as the list shows it. */
public record DashboardOrder(UUID orderId, String number, String customer, OrderStatus status, String site,
                             String advisor, LocalDate reservedOn, LocalDateTime handoverAt) {
}
