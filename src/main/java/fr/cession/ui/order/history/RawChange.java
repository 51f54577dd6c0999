package fr.cession.ui.order.history;

import java.util.List;

/**
 * One change of the log as managers check it, field by field, with labels and values a person
 * reads: "02/12/2026 14:05 · Claire Dupont · Modification · Ligne de check-list « … »" then
 * "« Cochée » : non → oui".
 */
public record RawChange(String heading, List<String> fields) {

    public RawChange {
        fields = List.copyOf(fields);
    }
}
