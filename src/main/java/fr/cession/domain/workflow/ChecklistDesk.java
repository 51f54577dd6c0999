package fr.cession.domain.workflow;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.rules.ChecklistLinesTicked;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/** Ticking checklist lines and closing activities (the last line ticked closes it). */
final class ChecklistDesk {

    OrderFile tick(OrderFile file, UUID itemId, Actor actor, Instant now) {
        ChecklistItem item = item(file, itemId);
        Activity activity = activity(file, item.activityId());
        if (activity.state() != ActivityState.OUVERTE) {
            throw refused("Activité « " + title(activity) + " » " + (activity.state() == ActivityState.FAITE
                    ? "déjà faite : décocher une ligne pour la rouvrir" : "annulée : plus rien à cocher"));
        }
        if (item.checked()) {
            return file;
        }
        OrderFile out = file.withItem(item.tick(actor.login(), now));
        // Ticking the last line is finishing the activity: users should not need a second gesture
        // for it, and an activity left open with every line ticked would block the order's closing.
        boolean allTicked = out.itemsOf(activity.id()).stream().allMatch(ChecklistItem::checked);
        return allTicked ? out.withActivity(activity.done(actor.login(), now)) : out;
    }

    /** Unticking a line of a done activity reopens it: it is no longer done. */
    OrderFile untick(OrderFile file, UUID itemId) {
        ChecklistItem item = item(file, itemId);
        Activity activity = activity(file, item.activityId());
        if (activity.state() == ActivityState.ANNULEE) {
            throw refused("Activité « " + title(activity) + " » annulée : plus rien à décocher");
        }
        if (!item.checked()) {
            return file;
        }
        OrderFile out = file.withItem(item.untick());
        return activity.state() == ActivityState.FAITE ? out.withActivity(activity.reopen()) : out;
    }

    OrderFile complete(OrderFile file, UUID activityId, Actor actor, Instant now) {
        Activity activity = activity(file, activityId);
        if (activity.state() != ActivityState.OUVERTE) {
            throw refused("Activité « " + title(activity) + " » déjà " + (activity.state() == ActivityState.FAITE
                    ? "faite" : "annulée"));
        }
        List<String> codes = file.itemsOf(activityId).stream().map(ChecklistItem::lineCode).toList();
        List<RuleViolation> unticked = new ChecklistLinesTicked().check(file, codes);
        if (!unticked.isEmpty()) {
            throw new RuleViolationException(unticked);
        }
        return file.withActivity(activity.done(actor.login(), now));
    }

    private static ChecklistItem item(OrderFile file, UUID itemId) {
        return file.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Ligne de checklist introuvable : " + itemId));
    }

    private static Activity activity(OrderFile file, UUID activityId) {
        return file.activities().stream().filter(a -> a.id().equals(activityId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Activité introuvable : " + activityId));
    }

    private static String title(Activity a) {
        return a.title() == null ? a.typeCode() : a.title();
    }

    private static RuleViolationException refused(String message) {
        return new RuleViolationException(new RuleViolation("activite", message, null));
    }
}
