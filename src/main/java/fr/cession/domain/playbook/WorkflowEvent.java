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

    /**
     * A complaint (« retouche », 001:35) was recorded on the order: {@code reclamation_ouverte} in the
     * playbook. Its instant is the complaint's {@code opened_at}, which a timed outcome may start from.
     */
    record ComplaintOpened(java.util.UUID caseId, java.time.Instant at) implements WorkflowEvent {
    }

    /**
     * The advisor accepted or refused a complaint: {@code reclamation_repondue}. Its instant is the
     * complaint's {@code answered_at}.
     */
    record ComplaintAnswered(java.util.UUID caseId, boolean accepted, java.time.Instant at) implements WorkflowEvent {
    }
}
