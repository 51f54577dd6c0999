package fr.cession.domain.approval;

import fr.cession.domain.order.OrderStatus;

/** A request to the manager with what the inbox shows beside it: its order, customer and status. */
public record ApprovalItem(ApprovalRequest request, String orderNumber, String customer, OrderStatus orderStatus,
                           String site) {
}
