package fr.cession.domain.playbook;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.OrderStatus;

import java.util.List;

/**
 * What the playbook requires before an order may enter {@code target}: checklist lines ticked
 * (those the order's activities hold), documents in hand, and named rules coded in the domain
 * ({@link RuleCode}). {@code line} is where the playbook states it, for error messages.
 */
public record TransitionRequirements(
        OrderStatus target,
        List<String> lineCodes,
        List<DocumentType> documents,
        List<RuleCode> rules,
        int line) {

    public TransitionRequirements {
        lineCodes = List.copyOf(lineCodes);
        documents = List.copyOf(documents);
        rules = List.copyOf(rules);
    }

    public static TransitionRequirements none(OrderStatus target) {
        return new TransitionRequirements(target, List.of(), List.of(), List.of(), 0);
    }
}
