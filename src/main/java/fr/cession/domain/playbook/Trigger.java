package fr.cession.domain.playbook;

import fr.cession.domain.order.OrderStatus;

/**
 * A {@code declencheurs:} entry: an event ({@code evenement:}, with {@code status} null) or the
 * order's entering a status ({@code statut:}, with {@code event} null), if the conditions hold.
 */
record Trigger(OrderStatus status, Event event, ConditionSet when, int line) {

    /** The events a playbook may name, as it writes them. */
    enum Event {
        /** {@code creation}: the order was just created (reserved). */
        CREATION,
        /** {@code remboursement_approuve}: a manager approved a refund (004:71). */
        REMBOURSEMENT_APPROUVE,
        /** {@code reclamation_ouverte}: the buyer asked for a fix after the hand-over (001:35). */
        RECLAMATION_OUVERTE,
        /** {@code reclamation_repondue}: the advisor accepted or refused the complaint (001:42). */
        RECLAMATION_REPONDUE
    }

    boolean matches(WorkflowEvent event) {
        if (event instanceof WorkflowEvent.StatusEntered entered) {
            return status != null && status == entered.status();
        }
        if (event instanceof WorkflowEvent.RefundApproved) {
            return this.event == Event.REMBOURSEMENT_APPROUVE;
        }
        if (event instanceof WorkflowEvent.ComplaintOpened) {
            return this.event == Event.RECLAMATION_OUVERTE;
        }
        if (event instanceof WorkflowEvent.ComplaintAnswered) {
            return this.event == Event.RECLAMATION_REPONDUE;
        }
        return this.event == Event.CREATION && event instanceof WorkflowEvent.Created;
    }

    /** Whether the activity exists from the order's creation, before any status is entered. */
    boolean atCreation() {
        return event == Event.CREATION;
    }
}
