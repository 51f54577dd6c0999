package fr.cession.ui.order.history;

/** What the history shows: everything, or one kind of event (issue 7's filter). */
public enum HistoryFilter {
    ALL,
    STATUS,
    DOCUMENTS,
    PAYMENTS,
    APPROVALS;

    /** An entry of the category {@code ALL} (activities, checklist, field edits) is only under "everything". */
    public boolean accepts(HistoryEntry entry) {
        return this == ALL || entry.category() == this;
    }
}
