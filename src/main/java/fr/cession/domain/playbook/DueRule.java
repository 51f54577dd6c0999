package fr.cession.domain.playbook;

import fr.cession.domain.order.Order;
import fr.cession.domain.time.FrenchCalendar;
import org.snakeyaml.engine.v2.nodes.Node;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code echeance:} block: a number of days (calendar or French working days, at a time of
 * day) or of hours, counted from the reservation, the hand-over or the cancellation.
 *
 * @param days null when the deadline is in hours
 * @param hours null when the deadline is in days
 */
record DueRule(Reference from, Integer days, Integer hours, boolean workingDays, LocalTime time, int line) {

    static final LocalTime DEFAULT_TIME = LocalTime.of(18, 0);
    private static final List<String> KEYS = List.of("depuis", "jours", "heures", "ouvres", "heure");
    private static final Map<String, Reference> REFERENCES = new LinkedHashMap<>();

    static {
        REFERENCES.put("reservation", Reference.RESERVATION);
        REFERENCES.put("cession", Reference.CESSION);
        REFERENCES.put("annulation", Reference.ANNULATION);
        REFERENCES.put("retractation", Reference.RETRACTATION);
    }

    /**
     * {@code RETRACTATION} is the day the buyer's withdrawal notice arrived (the refund is due within
     * 14 days of it, L221-24), or the cancellation when there was no withdrawal.
     */
    enum Reference { RESERVATION, CESSION, ANNULATION, RETRACTATION }

    /**
     * The due instant, or empty when the reference date is not known. With {@code provisional},
     * an unknown reference is replaced so an activity can still be planned: the hand-over by the
     * earliest day the seed allows (004:26, reservation + 10 days) at the start of that day, a
     * missing cancellation date by the reservation day. The workflow recomputes the deadline with
     * {@link Playbook#dueAt} once the real date is set.
     */
    Optional<Instant> compute(Order order, ZoneId zone, FrenchCalendar calendar, WorksNeeds works,
                              boolean provisional) {
        Optional<ZonedDateTime> reference = reference(order, zone, works, provisional);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime ref = reference.get();
        if (hours != null) {
            return Optional.of(ref.toInstant().plus(hours, ChronoUnit.HOURS));
        }
        LocalDate day = ref.toLocalDate();
        LocalDate due;
        if (!workingDays) {
            due = day.plusDays(days);
        } else if (days == 0) {
            // "J" on a non-working day means the next working day.
            due = calendar.nextWorkingDayFrom(day);
        } else {
            due = calendar.plusWorkingDays(day, days);
        }
        return Optional.of(due.atTime(time).atZone(zone).toInstant());
    }

    private Optional<ZonedDateTime> reference(Order order, ZoneId zone, WorksNeeds works, boolean provisional) {
        return switch (from) {
            case RESERVATION -> Optional.of(order.reservedOn().atStartOfDay(zone));
            case CESSION -> order.handoverAt() != null ? Optional.of(order.handoverAt().atZone(zone))
                    : provisional ? Optional.of(works.handoverDay(order).atStartOfDay(zone)) : Optional.empty();
            case ANNULATION -> cancelled(order, zone, provisional);
            case RETRACTATION -> order.withdrawalNoticeOn() != null
                    ? Optional.of(order.withdrawalNoticeOn().atStartOfDay(zone)) : cancelled(order, zone, provisional);
        };
    }

    private static Optional<ZonedDateTime> cancelled(Order order, ZoneId zone, boolean provisional) {
        return order.cancellation() != null && order.cancellation().cancelledAt() != null
                ? Optional.of(order.cancellation().cancelledAt().atZone(zone))
                : provisional ? Optional.of(order.reservedOn().atStartOfDay(zone)) : Optional.empty();
    }

    static DueRule parse(YamlReader r, Node node, String what) {
        String where = "l'échéance de " + what;
        Map<String, Node> e = r.mapping(node, where, KEYS);
        if (e == null) {
            return null;
        }
        int before = r.errors().size();
        Node fromNode = r.required(e, "depuis", node, where);
        Reference from = fromNode == null ? null
                : r.choice(fromNode, "point de départ inconnu pour " + where + " :", REFERENCES);
        Integer days = e.containsKey("jours") ? r.integer(e.get("jours"), where + ", jours") : null;
        Integer hours = e.containsKey("heures") ? r.integer(e.get("heures"), where + ", heures") : null;
        if (e.containsKey("jours") == e.containsKey("heures")) {
            r.error(node, where + " : indiquer soit « jours », soit « heures »");
        }
        if (days != null && Math.abs(days) > 90) {
            r.error(e.get("jours"), where + " : " + days + " jours hors bornes (attendu entre -90 et 90)");
        }
        if (hours != null && Math.abs(hours) > 720) {
            r.error(e.get("heures"), where + " : " + hours + " heures hors bornes (attendu entre -720 et 720)");
        }
        // Counted back from the reservation or the cancellation, a deadline falls before the very
        // event that plans the activity: the activity would be overdue at birth.
        if (from == Reference.RESERVATION || from == Reference.ANNULATION || from == Reference.RETRACTATION) {
            String event = from == Reference.RESERVATION ? "la réservation"
                    : from == Reference.ANNULATION ? "l'annulation" : "la rétractation";
            if (days != null && days < 0) {
                r.error(e.get("jours"), where + " : " + days + " jours, soit avant " + event + " qui la fait"
                        + " planifier : l'activité serait en retard dès sa création (un délai négatif ne se compte"
                        + " que depuis la cession)");
            }
            if (hours != null && hours < 0) {
                r.error(e.get("heures"), where + " : " + hours + " heures, soit avant " + event + " qui la fait"
                        + " planifier : l'activité serait en retard dès sa création");
            }
        }
        if (e.containsKey("heures") && (e.containsKey("ouvres") || e.containsKey("heure"))) {
            r.error(node, where + " : « ouvres » et « heure » ne s'emploient qu'avec « jours »");
        }
        if (hours != null && from == Reference.RESERVATION) {
            r.error(e.get("heures"), where + " : « heures » ne se compte que depuis cession, annulation ou retractation");
        }
        Boolean working = e.containsKey("ouvres") ? r.yesNo(e.get("ouvres"), where + ", ouvres") : Boolean.FALSE;
        LocalTime time = e.containsKey("heure") ? time(r, e.get("heure"), where) : DEFAULT_TIME;
        if (r.errors().size() > before || from == null || working == null || time == null) {
            return null;
        }
        return new DueRule(from, days, hours, working, time, r.line(node));
    }

    private static LocalTime time(YamlReader r, Node node, String where) {
        String t = r.text(node, where + ", heure");
        if (t == null) {
            return null;
        }
        try {
            if (!t.matches("\\d{1,2}:\\d{2}")) {
                throw new DateTimeParseException("format", t, 0);
            }
            String[] hm = t.split(":");
            return LocalTime.of(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]));
        } catch (DateTimeException e) {
            r.error(node, where + " : heure invalide « " + t + " » (attendu HH:MM, par exemple 18:00)");
            return null;
        }
    }
}
