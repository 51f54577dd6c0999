package fr.cession.ui.order.history;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The fields of each entity of an order as the history has made them so far, replayed change by
 * change (as {@code HistoryReplay} does): a change carries only what it changed, so a ticked line
 * is named from the label its creation gave it, even once the line is deleted.
 */
final class EntityRows {

    private final Map<UUID, Map<String, String>> rows = new HashMap<>();

    /** Applies the change; returns the fields as they were before it. */
    Map<String, String> apply(Change c) {
        Map<String, String> row = rows.computeIfAbsent(c.entityId(), id -> new HashMap<>());
        Map<String, String> before = Map.copyOf(withoutNulls(row));
        for (FieldChange f : c.fields()) {
            row.put(f.field(), f.newValue());
        }
        return before;
    }

    String get(UUID entityId, String field) {
        Map<String, String> row = rows.get(entityId);
        return row == null ? null : row.get(field);
    }

    Map<String, String> row(UUID entityId) {
        return rows.getOrDefault(entityId, Map.of());
    }

    private static Map<String, String> withoutNulls(Map<String, String> row) {
        Map<String, String> copy = new HashMap<>();
        row.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    static boolean is(EntityKind kind, Change c) {
        return c.entity() == kind;
    }
}
