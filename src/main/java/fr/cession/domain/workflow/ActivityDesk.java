package fr.cession.domain.workflow;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.ActivityKind;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.Login;
import fr.cession.domain.validation.ValidationException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Activities a person adds to an order by hand (a playbook type, or "Autre" with a title), and
 * due dates moved with a reason. The reason is kept in the activity's note, so the history shows
 * the old date, the new one, who moved it and why.
 */
final class ActivityDesk {

    /** The type code of an activity a person describes in their own words. */
    static final String OTHER = "autre";
    private static final int TITLE_MAX = 200;
    private static final int NOTE_MAX = 4000;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Playbook playbook;
    private final Supplier<UUID> ids;

    ActivityDesk(Playbook playbook, Supplier<UUID> ids) {
        this.playbook = playbook;
        this.ids = ids;
    }

    /**
     * @param typeCode a playbook activity type, or null / {@link #OTHER} for a free activity
     * @param title    required for a free activity; a playbook type keeps its own title when blank
     * @param assignee a login, or null for whoever of the type's role picks it
     */
    OrderFile add(OrderFile file, String typeCode, String title, Instant dueAt, String assignee, Actor actor,
                  Instant now) {
        if (file.order().status() == OrderStatus.CLOTUREE) {
            throw new RuleViolationException(new RuleViolation("commande_terminee",
                    "Nouvelle activité : la commande est clôturée", null));
        }
        boolean other = typeCode == null || typeCode.isBlank() || OTHER.equals(typeCode);
        Optional<ActivityKind> kind = other ? Optional.empty()
                : playbook.activityKinds().stream().filter(k -> k.code().equals(typeCode)).findFirst();
        List<FieldError> errors = new ArrayList<>();
        if (!other && kind.isEmpty()) {
            errors.add(new FieldError("activity.type", "Type d'activité : « " + typeCode + " » inconnu du playbook"));
        }
        String text = title == null || title.isBlank() ? kind.map(ActivityKind::title).orElse(null) : title.trim();
        if (text == null && (other || kind.isPresent())) {
            errors.add(new FieldError("activity.title", "Intitulé : obligatoire pour une activité « Autre »"));
        } else if (text != null && text.length() > TITLE_MAX) {
            errors.add(new FieldError("activity.title", "Intitulé : " + TITLE_MAX + " caractères au plus"));
        }
        dueProblem("activity.dueAt", "Échéance", dueAt, now).ifPresent(errors::add);
        String login = assignee == null || assignee.isBlank() ? null : assignee.trim();
        if (login != null) {
            Login.check("Attribuée à", login).ifPresent(m -> errors.add(new FieldError("activity.assignee", m)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Activity a = new Activity(ids.get(), file.orderId(), other ? OTHER : typeCode, text,
                kind.map(ActivityKind::role).orElse(actor.role()), login, dueAt, ActivityState.OUVERTE, null, null,
                "Ajoutée par " + actor.displayName(), RowMeta.NEW);
        return file.withActivity(a);
    }

    OrderFile moveDue(OrderFile file, UUID activityId, Instant newDue, String reason, Actor actor, Instant now) {
        Activity a = file.activities().stream().filter(x -> x.id().equals(activityId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Activité introuvable : " + activityId));
        if (a.state() != ActivityState.OUVERTE) {
            throw new RuleViolationException(new RuleViolation("activite", "Activité « " + a.title() + " » "
                    + (a.state() == ActivityState.FAITE ? "déjà faite" : "annulée") + " : son échéance ne change plus",
                    null));
        }
        List<FieldError> errors = new ArrayList<>();
        dueProblem("activity.dueAt", "Nouvelle échéance", newDue, now).ifPresent(errors::add);
        if (newDue != null && newDue.equals(a.dueAt())) {
            errors.add(new FieldError("activity.dueAt", "Nouvelle échéance : identique à l'échéance actuelle"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("activity.reason", "Motif : obligatoire pour déplacer une échéance"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ZoneId zone = playbook.zone();
        String line = Activity.DUE_MOVED + DAY_TIME.format(a.dueAt().atZone(zone)) + " au "
                + DAY_TIME.format(newDue.atZone(zone)) + " par " + actor.displayName() + " : " + reason.trim();
        String note = a.note() == null || a.note().isBlank() ? line : a.note() + "\n" + line;
        if (note.length() > NOTE_MAX) {
            note = note.substring(note.length() - NOTE_MAX); // the latest moves matter most
        }
        return file.withActivity(a.withDueAt(newDue).withNote(note));
    }

    private static Optional<FieldError> dueProblem(String field, String label, Instant due, Instant now) {
        if (due == null) {
            return Optional.of(new FieldError(field, label + " : obligatoire"));
        }
        if (due.isBefore(now)) {
            return Optional.of(new FieldError(field, label + " : date passée"));
        }
        return Optional.empty();
    }
}
