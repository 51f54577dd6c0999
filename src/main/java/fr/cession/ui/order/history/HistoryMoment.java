package fr.cession.ui.order.history;

import java.time.Instant;
import java.util.List;

/**
 * What one person did in one save (or within the same minute): the sentences in the order they
 * were done, and when, as shown ("02/12 14:05").
 */
public record HistoryMoment(Instant at, String person, String when, List<HistoryEntry> entries) {

    public HistoryMoment {
        entries = List.copyOf(entries);
    }

    public HistoryMoment only(HistoryFilter filter) {
        return new HistoryMoment(at, person, when, entries.stream().filter(filter::accepts).toList());
    }
}
