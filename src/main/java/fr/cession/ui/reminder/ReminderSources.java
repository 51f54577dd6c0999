package fr.cession.ui.reminder;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.reminder.ImminentOutcomes;
import fr.cession.domain.user.Role;
import fr.cession.sync.protocol.RefusedChange;
import fr.cession.ui.UiContext;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.i18n.Messages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What could remind the person now, read off the FX thread: their activities falling due within
 * the hour, the answers to their requests, the changes the central database refused, the timed
 * outcomes about to fire; and the morning digest's figures.
 */
final class ReminderSources {

    static final Duration AHEAD = Duration.ofHours(1);

    private final UiContext ctx;
    private final ApprovalQueries approvals;
    private final ConflictDesk conflicts;
    private final ImminentOutcomes imminent;

    ReminderSources(UiContext ctx, ApprovalQueries approvals, ConflictDesk conflicts, ImminentOutcomes imminent) {
        this.ctx = ctx;
        this.approvals = approvals;
        this.conflicts = conflicts;
        this.imminent = imminent;
    }

    /** Every candidate now; the caller keeps those not shown yet and of a kind left on. */
    List<Reminder> candidates(BoardSnapshot mine, Instant now, Instant answersSince) {
        String login = ctx.actor().login();
        Messages m = ctx.messages();
        List<Reminder> out = new ArrayList<>();
        for (ActivityCard c : mine.cards()) {
            if (c.isFor(login) && c.dueAt() != null && c.dueAt().isAfter(now) && !c.dueAt().isAfter(now.plus(AHEAD))) {
                out.add(new Reminder(ReminderKind.ACTIVITE_PROCHE, "due:" + c.activityId() + ":" + c.dueAt(),
                        c.orderId(), m.get("reminder.due.title", c.orderNumber()),
                        m.get("reminder.due.text", m.activityTitle(c.typeCode(), c.title()), c.customer(),
                                ctx.formats().time(c.dueAt()))));
            }
        }
        for (ApprovalItem a : approvals.answeredFor(login, answersSince)) {
            if (a.request().status() == ApprovalStatus.APPROUVEE || a.request().status() == ApprovalStatus.REFUSEE) {
                out.add(new Reminder(ReminderKind.REPONSE_DEMANDE,
                        "answer:" + a.request().id() + ":" + a.request().status(), a.request().orderId(),
                        m.get("reminder.answer.title", a.orderNumber()),
                        m.get("reminder.answer.text", m.label(a.request().kind()), m.label(a.request().status()),
                                a.request().decidedBy() == null ? "" : a.request().decidedBy())));
            }
        }
        for (RefusedChange r : conflicts.unreadRefusals()) {
            if (login.equals(r.changedBy())) {
                out.add(new Reminder(ReminderKind.REFUS_CENTRAL, "refusal:" + r.opId(), r.orderId(),
                        m.get("reminder.refusal.title"), r.reason()));
            }
        }
        for (ImminentOutcomes.Outcome o : imminent.firingBetween(login, now, now.plus(AHEAD))) {
            out.add(new Reminder(ReminderKind.ISSUE_MINUTEE, "outcome:" + o.orderId() + ":" + o.what() + ":" + o.firesAt(),
                    o.orderId(), m.get("reminder.outcome.title", o.orderNumber()),
                    m.get("reminder.outcome.text", o.what(), ctx.formats().time(o.firesAt()))));
        }
        return out;
    }

    /**
     * « Ce matin » : late, due today, and what waits for me (requests to decide, answers, refusals);
     * nothing when every count is zero, since a digest of zeros (a new store, before the demo data)
     * only teaches people to close it unread.
     */
    Optional<Reminder> digest(BoardSnapshot mine, Instant now, Instant answersSince) {
        String login = ctx.actor().login();
        Messages m = ctx.messages();
        int late = 0;
        int today = 0;
        for (ActivityCard c : mine.cards()) {
            if (c.isFor(login)) {
                ActivityTiming t = c.timing(now, ctx.zone());
                late += t == ActivityTiming.EN_RETARD ? 1 : 0;
                today += t == ActivityTiming.AUJOURDHUI ? 1 : 0;
            }
        }
        int toDecide = ctx.actor().holds(Role.MANAGER) ? approvals.pending().size() : 0;
        int answers = approvals.answeredFor(login, answersSince).size();
        long refused = conflicts.unreadRefusals().stream().filter(r -> login.equals(r.changedBy())).count();
        if (late + today + toDecide + answers + refused == 0) {
            return Optional.empty();
        }
        String text = m.get("reminder.digest.text", late, today, toDecide, answers, refused);
        return Optional.of(new Reminder(ReminderKind.RESUME_MATIN, "digest:" + now.atZone(ctx.zone()).toLocalDate(), null,
                m.get("reminder.digest.title", ctx.actor().displayName()), text));
    }
}
