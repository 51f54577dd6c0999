package fr.cession.sync.central;

import java.time.Instant;
import java.util.Set;

/**
 * Who wins when the same field was changed at two sites: the later change, and on a tie the
 * site whose code sorts first. Deterministic, so every replay gives the same result; the loser
 * is never dropped silently, it is recorded as a conflict.
 */
final class ConflictPolicy {

    private ConflictPolicy() {
    }

    record Author(Instant at, String by, String site) {
    }

    /**
     * Fields that only say who did a thing and when: when both sites did the same thing (the same
     * line ticked, the same document validated) they keep the first author silently.
     */
    static Set<String> dependents(String table, String field) {
        return switch (table + "." + field) {
            case "checklist_item.checked" -> Set.of("checked_at", "checked_by");
            case "activity.state" -> Set.of("done_at", "done_by");
            case "order_document.status" -> Set.of("received_at", "validated_at", "validated_by");
            case "approval_request.status" -> Set.of("decided_at", "decided_by");
            case "after_sale_case.status" -> Set.of("answered_at", "answered_by", "inspected_at", "inspected_by");
            case "sales_order.status" -> Set.of("cancelled_at");
            default -> Set.of();
        };
    }

    static boolean incomingWins(Author current, Author incoming) {
        int byTime = incoming.at().compareTo(current.at());
        if (byTime != 0) {
            return byTime > 0;
        }
        return incoming.site().compareTo(current.site()) < 0;
    }
}
