package fr.cession.domain.playbook;

import fr.cession.domain.order.OrderStatus;

/** What can make the playbook plan activities for an order. */
public sealed interface WorkflowEvent {

    /** The order was just created (reserved). */
    record Created() implements WorkflowEvent {
    }

    /** The order entered a status (including ANNULEE). */
    record StatusEntered(OrderStatus status) implements WorkflowEvent {
    }

    /** A manager approved a refund (004:71 "le manager procède au remboursement"): it is now to be paid. */
    record RefundApproved() implements WorkflowEvent {
    }
}
