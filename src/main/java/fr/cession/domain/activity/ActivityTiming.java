package fr.cession.domain.activity;

import java.time.Instant;
import java.time.ZoneId;

/** The state a user sees: planned, today, overdue, done or cancelled, in the user's time zone. */
public enum ActivityTiming {
    PLANIFIEE("planifiée"),
    AUJOURDHUI("aujourd'hui"),
    EN_RETARD("en retard"),
    FAITE("faite"),
    ANNULEE("annulée");

    private final String label;

    ActivityTiming(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * An open activity is overdue once its due instant has passed, due today when its due
     * instant falls later on the user's current calendar day, and planned otherwise.
     */
    public static ActivityTiming of(ActivityState state, Instant dueAt, Instant now, ZoneId zone) {
        return switch (state) {
            case FAITE -> FAITE;
            case ANNULEE -> ANNULEE;
            case OUVERTE -> {
                if (dueAt.isBefore(now)) {
                    yield EN_RETARD;
                }
                boolean sameDay = dueAt.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
                yield sameDay ? AUJOURDHUI : PLANIFIEE;
            }
        };
    }
}
