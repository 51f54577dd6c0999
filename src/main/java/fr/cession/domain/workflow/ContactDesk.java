package fr.cession.domain.workflow;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.contact.ContactDraft;
import fr.cession.domain.contact.ContactReport;
import fr.cession.domain.contact.ContactSubject;
import fr.cession.domain.contact.FollowUpDraft;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TransitionCheck;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Contact reports (seed 002 §1) and the after-sale call (004:56, 002 §3). A report's next step
 * becomes an activity of its author in the same save, so it syncs with the order like any other.
 * A rating given on the after-sale call completes the sale (001: "la commande est terminée quand
 * le client laisse un avis") through the order's normal transition to closed, with its checks.
 */
final class ContactDesk {

    /** The playbook activity of the after-sale call (config/playbook-b2c.yaml). */
    static final String FOLLOW_UP = "appel_suivi_vente";
    static final String NEXT_STEP_PREFIX = "Suite du contact : ";
    private static final int ACCOUNT_MAX = 4000;
    private static final int NEXT_STEP_MAX = 200 - NEXT_STEP_PREFIX.length();
    private static final int COMMENT_MAX = 1000;
    /** A desktop's clock a little ahead of another's is not a report from the future. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private final Supplier<UUID> ids;
    private final ActivityDesk activities;
    private final TransitionCheck transitions;
    private final ActivityPlanner planner;

    ContactDesk(Supplier<UUID> ids, ActivityDesk activities, TransitionCheck transitions, ActivityPlanner planner) {
        this.ids = ids;
        this.activities = activities;
        this.transitions = transitions;
        this.planner = planner;
    }

    OrderFile report(OrderFile file, ContactDraft d, Actor actor, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (d.subject() == null) {
            errors.add(new FieldError("contact.subject", "Sujet : choisir le client ou la commande"));
        }
        if (d.channel() == null) {
            errors.add(new FieldError("contact.channel", "Canal : obligatoire (appel, visite, e-mail, message)"));
        }
        when(errors, "contact.at", "Date du contact", d.contactAt(), now);
        String account = trim(d.account());
        if (account == null) {
            errors.add(new FieldError("contact.account", "Compte rendu : obligatoire (les faits vus ou entendus)"));
        } else if (account.length() > ACCOUNT_MAX) {
            errors.add(new FieldError("contact.account", "Compte rendu : " + ACCOUNT_MAX + " caractères au plus"));
        }
        String next = trim(d.nextStep());
        if (next != null && next.length() > NEXT_STEP_MAX) {
            errors.add(new FieldError("contact.nextStep", "Prochaine étape : " + NEXT_STEP_MAX + " caractères au plus"));
        }
        if (next != null && d.nextStepAt() == null) {
            errors.add(new FieldError("contact.nextStepAt", "Date de la prochaine étape : obligatoire avec une étape"));
        } else if (next == null && d.nextStepAt() != null) {
            errors.add(new FieldError("contact.nextStep", "Prochaine étape : dire quoi faire à cette date"));
        } else if (d.nextStepAt() != null && d.nextStepAt().isBefore(now)) {
            errors.add(new FieldError("contact.nextStepAt", "Date de la prochaine étape : date passée"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        OrderFile out = file;
        UUID activityId = null;
        if (next != null) {
            out = activities.add(file, ActivityDesk.OTHER, NEXT_STEP_PREFIX + next, d.nextStepAt(), actor.login(),
                    actor, now);
            activityId = added(file, out);
        }
        return out.withContact(new ContactReport(ids.get(), file.orderId(), d.subject(), d.channel(), d.contactAt(),
                actor.login(), account, next, d.nextStepAt(), activityId, null, null, null, RowMeta.NEW));
    }

    OrderFile followUp(OrderFile file, FollowUpDraft d, Actor actor, Instant now) {
        OrderStatus status = file.order().status();
        if (status != OrderStatus.VENDUE && status != OrderStatus.CLOTUREE) {
            throw new RuleViolationException(new RuleViolation("appel_suivi", "Appel de suivi : la commande est "
                    + status.label() + ", il se fait après la vente", "004:56"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (d.outcome() == null) {
            errors.add(new FieldError("followUp.outcome",
                    "Résultat de l'appel : obligatoire (satisfait, problème, avis demandé)"));
        }
        if (d.rating() != null && (d.rating() < 1 || d.rating() > 5)) {
            errors.add(new FieldError("followUp.rating", "Note de l'acheteur : de 1 à 5"));
        }
        String comment = trim(d.comment());
        if (comment != null && comment.length() > COMMENT_MAX) {
            errors.add(new FieldError("followUp.comment", "Commentaire de l'acheteur : " + COMMENT_MAX
                    + " caractères au plus"));
        }
        String account = trim(d.account());
        if (account != null && account.length() > ACCOUNT_MAX) {
            errors.add(new FieldError("followUp.account", "Compte rendu : " + ACCOUNT_MAX + " caractères au plus"));
        }
        when(errors, "followUp.at", "Date de l'appel", d.calledAt(), now);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        OrderFile out = finishCall(file, actor, now).withContact(new ContactReport(ids.get(), file.orderId(),
                ContactSubject.COMMANDE, ContactChannel.APPEL, d.calledAt(), actor.login(), account, null, null, null,
                d.outcome(), d.rating(), comment, RowMeta.NEW));
        if (d.rating() != null && status == OrderStatus.VENDUE
                && transitions.check(out, OrderStatus.CLOTUREE, now).isEmpty()) {
            // 001: a review completes the order; the same checks as the button (open activities, …)
            out = planner.plan(out.withOrder(out.order().withStatus(OrderStatus.CLOTUREE)),
                    new WorkflowEvent.StatusEntered(OrderStatus.CLOTUREE));
        }
        return out;
    }

    /** The after-sale call's activity is done by recording it: its lines are what the call was. */
    private static OrderFile finishCall(OrderFile file, Actor actor, Instant now) {
        OrderFile out = file;
        for (Activity a : file.activities()) {
            if (a.typeCode().equals(FOLLOW_UP) && a.isOpen()) {
                for (ChecklistItem i : file.itemsOf(a.id())) {
                    if (!i.checked()) {
                        out = out.withItem(i.tick(actor.login(), now));
                    }
                }
                out = out.withActivity(a.done(actor.login(), now));
            }
        }
        return out;
    }

    private static void when(List<FieldError> errors, String field, String label, Instant at, Instant now) {
        if (at == null) {
            errors.add(new FieldError(field, label + " : obligatoire"));
        } else if (at.isAfter(now.plus(CLOCK_SLACK))) {
            errors.add(new FieldError(field, label + " : dans le futur (un compte rendu dit ce qui a eu lieu)"));
        }
    }

    private static UUID added(OrderFile before, OrderFile after) {
        Set<UUID> known = before.activities().stream().map(Activity::id).collect(Collectors.toSet());
        return after.activities().stream().map(Activity::id).filter(id -> !known.contains(id)).findFirst()
                .orElseThrow();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
