package fr.cession.domain.board;

import fr.cession.domain.order.OrderStatus;

import java.util.UUID;

/** A live order with no open activity: nothing tells anyone what to do next on it. */
public record IdleOrder(UUID orderId, String orderNumber, OrderStatus status, String customer, String advisor) {
}
