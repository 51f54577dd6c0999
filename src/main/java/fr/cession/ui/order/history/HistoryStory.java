package fr.cession.ui.order.history;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.ui.i18n.FieldTexts;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An order's change log told as moments: what one person did in one save or the same minute,
 * newest first. Checklist lines created together are one sentence per activity ("12 lignes de
 * check-list créées pour « … »") and documents added together one sentence, not a line each.
 */
final class HistoryStory {

    private final FieldTexts texts;
    private final Formats formats;
    private final Messages m;

    HistoryStory(FieldTexts texts, Formats formats) {
        this.texts = texts;
        this.formats = formats;
        this.m = texts.messages();
    }

    /**
     * @param log         the order's changes, oldest first (as the store gives them)
     * @param orderNumber the order's number now, or null
     */
    List<HistoryMoment> tell(List<Change> log, String orderNumber) {
        EntityRows rows = new EntityRows();
        HistorySentences sentences = new HistorySentences(texts, rows, orderNumber);
        List<HistoryMoment> moments = new ArrayList<>();
        Moment current = null;
        for (Change c : log) {
            Map<String, String> before = rows.apply(c);
            if (current == null || !current.takes(c)) {
                if (current != null) {
                    moments.add(current.done(sentences));
                }
                current = new Moment(c);
            }
            current.add(c, before, sentences);
        }
        if (current != null) {
            moments.add(current.done(sentences));
        }
        Collections.reverse(moments);
        return moments.stream().filter(mo -> !mo.entries().isEmpty()).toList();
    }

    /** One moment being told: its sentences, and the creations still to be summed up, in their places. */
    private final class Moment {
        private final Instant at;
        private final String by;
        private final Instant minute;
        private final Map<Object, Object> slots = new LinkedHashMap<>();
        private int next;

        Moment(Change first) {
            this.at = first.at();
            this.by = first.by();
            this.minute = first.at().truncatedTo(ChronoUnit.MINUTES);
        }

        boolean takes(Change c) {
            return Objects.equals(by, c.by()) && c.at().truncatedTo(ChronoUnit.MINUTES).equals(minute);
        }

        void add(Change c, Map<String, String> before, HistorySentences sentences) {
            if (c.kind() == ChangeKind.CREATION && c.entity() == EntityKind.LIGNE_CHECKLIST) {
                UUID activity = uuidOrNull(newValue(c, "activity_id"));
                Lines lines = (Lines) slots.computeIfAbsent(new LinesKey(activity), k -> new Lines(activity));
                lines.count++;
                lines.checked += Boolean.parseBoolean(newValue(c, "checked")) ? 1 : 0;
            } else if (c.kind() == ChangeKind.CREATION && c.entity() == EntityKind.DOCUMENT) {
                Documents docs = (Documents) slots.computeIfAbsent(Documents.class, k -> new Documents());
                docs.names.add(m.get("history.document.withStatus", sentences.subject(EntityKind.DOCUMENT,
                        c.entityId()), texts.value(EntityKind.DOCUMENT, "status", newValue(c, "status"))));
            } else {
                slots.put(next++, sentences.of(c, before));
            }
        }

        HistoryMoment done(HistorySentences sentences) {
            String who = texts.people().name(by);
            List<HistoryEntry> entries = new ArrayList<>();
            for (Object slot : slots.values()) {
                if (slot instanceof Lines l) {
                    String title = l.activity == null ? m.get("field.value.empty")
                            : sentences.subject(EntityKind.ACTIVITE, l.activity);
                    entries.add(new HistoryEntry(HistoryFilter.ALL, l.checked == 0
                            ? m.get("history.items.created", l.count, title)
                            : m.get("history.items.createdChecked", l.count, title, l.checked)));
                } else if (slot instanceof Documents d) {
                    entries.add(new HistoryEntry(HistoryFilter.DOCUMENTS, m.get("history.documents.created", who,
                            d.names.size(), String.join(", ", d.names))));
                } else {
                    @SuppressWarnings("unchecked")
                    List<HistoryEntry> said = (List<HistoryEntry>) slot;
                    entries.addAll(said);
                }
            }
            return new HistoryMoment(at, who, formats.shortDateTime(at), entries);
        }
    }

    private record LinesKey(UUID activity) {
    }

    private static final class Lines {
        final UUID activity;
        int count;
        int checked;

        Lines(UUID activity) {
            this.activity = activity;
        }
    }

    private static final class Documents {
        final List<String> names = new ArrayList<>();
    }

    private static String newValue(Change c, String field) {
        return c.fields().stream().filter(f -> f.field().equals(field)).map(f -> f.newValue()).findFirst().orElse(null);
    }

    /** A malformed link never stops the history from showing: the lines are then told without their activity. */
    private static UUID uuidOrNull(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
