package fr.cession.ui.order.history;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.FieldChange;
import fr.cession.ui.i18n.FieldTexts;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The change log field by field, for managers who check who changed what: every change, every
 * field a person reads, labelled and formatted like the rest of the screens (internal links left out).
 */
final class RawLog {

    private final FieldTexts texts;
    private final Formats formats;
    private final Messages m;

    RawLog(FieldTexts texts, Formats formats) {
        this.texts = texts;
        this.formats = formats;
        this.m = texts.messages();
    }

    /** @param log oldest first; the result is newest first; @param orderNumber the order's number now, or null */
    List<RawChange> of(List<Change> log, String orderNumber) {
        EntityRows rows = new EntityRows();
        HistorySentences names = new HistorySentences(texts, rows, orderNumber);
        List<RawChange> out = new ArrayList<>(log.size());
        for (Change c : log) {
            rows.apply(c);
            String heading = m.get("history.raw.heading", formats.dateTime(c.at()), texts.people().name(c.by()),
                    m.label(c.kind()), texts.entity(c.entity()), names.subject(c.entity(), c.entityId()));
            List<String> fields = new ArrayList<>();
            for (FieldChange f : c.fields()) {
                if (FieldTexts.readable(c.entity(), f.field())) {
                    fields.add(m.get("history.raw.field", texts.label(c.entity(), f.field()),
                            texts.value(c.entity(), f.field(), f.oldValue()),
                            texts.value(c.entity(), f.field(), f.newValue())));
                }
            }
            out.add(new RawChange(heading, fields));
        }
        Collections.reverse(out);
        return out;
    }
}
