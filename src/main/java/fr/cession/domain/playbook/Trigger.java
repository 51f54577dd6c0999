package fr.cession.domain.playbook;

import fr.cession.domain.order.OrderStatus;

/**
 * A {@code declencheurs:} entry: the order's creation ({@code status} null) or its entering a
 * status, if the conditions hold.
 */
record Trigger(OrderStatus status, ConditionSet when, int line) {

    boolean matches(WorkflowEvent event) {
        if (event instanceof WorkflowEvent.StatusEntered entered) {
            return status != null && status == entered.status();
        }
        return status == null && event instanceof WorkflowEvent.Created;
    }
}
