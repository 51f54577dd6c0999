package fr.cession.ui.order.history;

import java.util.Objects;

/**
 * One sentence of an order's history, e.g. "Claire Dupont a coché « Disponibilités du client »".
 *
 * @param category the filter that shows it besides "everything" ({@link HistoryFilter#ALL} for none)
 */
public record HistoryEntry(HistoryFilter category, String text) {

    public HistoryEntry {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
    }
}
