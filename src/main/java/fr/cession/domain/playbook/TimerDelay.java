package fr.cession.domain.playbook;

import fr.cession.domain.time.FrenchCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How long a timed outcome waits: hours are elapsed time (48 h across a change to summer time is
 * still 48 real hours), days and working days keep the local clock time of the start (7 days
 * after 14:00 is 14:00, whatever the offset).
 */
public record TimerDelay(int amount, Unit unit) {

    public enum Unit {
        HEURES("h"), JOURS("jours"), JOURS_OUVRES("jours ouvrés");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Instant dueFrom(Instant start, ZoneId zone, FrenchCalendar calendar) {
        ZonedDateTime local = start.atZone(zone);
        return switch (unit) {
            case HEURES -> start.plus(Duration.ofHours(amount));
            case JOURS -> local.plusDays(amount).toInstant();
            case JOURS_OUVRES -> local.with(calendar.plusWorkingDays(local.toLocalDate(), amount)).toInstant();
        };
    }

    /** « 48 h », « 7 jours », « 2 jours ouvrés ». */
    public String label() {
        return amount + (unit == Unit.HEURES ? " h" : " " + unit.label());
    }
}
