package fr.cession.ui.reminder;

/** What reminds a person; each can be turned off (« Rappels » menu), kept in their settings. */
public enum ReminderKind {
    /** One of my activities falls due within the hour. */
    ACTIVITE_PROCHE,
    /** A manager answered a request of mine. */
    REPONSE_DEMANDE,
    /** The central database refused a change of mine. */
    REFUS_CENTRAL,
    /** A timed outcome (automatic cancellation, completion) fires within the hour. */
    ISSUE_MINUTEE,
    /** The morning digest, at the first start of the day. */
    RESUME_MATIN;

    String settingName() {
        return "reminder.off." + name();
    }
}
