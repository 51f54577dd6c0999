package fr.cession.ui.i18n;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What a request to the manager asked, as a person reads it (a day, not the stored ISO text). */
public final class ApprovalTexts {

    private ApprovalTexts() {
    }

    /** The request's own words, or null when it has none. */
    public static String asked(Messages m, Formats f, ApprovalRequest a) {
        String asked = a.askedDetail();
        if (asked == null || a.kind() != ApprovalKind.DATE_CESSION_HORS_DELAI) {
            return asked;
        }
        try {
            return m.get("approval.detail.handover", f.date(LocalDate.parse(asked)));
        } catch (DateTimeParseException e) {
            return asked; // an older request written in words
        }
    }
}
