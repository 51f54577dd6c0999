package fr.cession.domain.playbook;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.OrderStatus;

import java.util.List;

/**
 * A {@code documents:} entry: these documents are required when the conditions hold, from a
 * status on ({@code fromStatus} null: from the reservation).
 */
record DocumentRule(List<DocumentType> types, ConditionSet when, OrderStatus fromStatus, List<String> sources,
                    int line) {

    DocumentRule {
        types = List.copyOf(types);
        sources = List.copyOf(sources);
    }
}
