package fr.cession.domain.workflow;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.rules.HandoverWindow;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * 004:26 "Mettre la date de cession dans le Bo (10 jours minimum après la résa ... avec un maximum
 * de 15 jours si + voir avec manager)": too early is refused; beyond the window the date is kept
 * and a request goes to the manager. Open activities move with the date.
 */
final class HandoverScheduler {

    private final HandoverWindow window;
    private final ApprovalDesk approvals;
    private final ActivityPlanner planner;

    HandoverScheduler(RuleSettings settings, ApprovalDesk approvals, ActivityPlanner planner) {
        this.window = new HandoverWindow(settings);
        this.approvals = approvals;
        this.planner = planner;
    }

    OrderFile set(OrderFile file, LocalDateTime handoverAt, Actor actor, Instant now) {
        Order order = file.order();
        if (order.status().terminal() || order.status() == OrderStatus.VENDUE) {
            throw new RuleViolationException(RuleViolation.of("delai_cession", HandoverWindow.SEED,
                    "rule.handover.frozen", "Date de cession : la commande est " + order.status().label()
                            + ", la date ne peut plus changer", order.status()));
        }
        window.tooEarly(order, handoverAt).ifPresent(v -> {
            throw new RuleViolationException(v);
        });
        OrderFile out = file.withOrder(order.withHandoverAt(handoverAt));
        out = approvals.withdrawForOtherDates(out, handoverAt, actor.login(), now);
        out = askManagerIfBeyond(out, handoverAt, actor, now);
        return planner.reschedule(out);
    }

    /** Also used at creation, when the draft already carries a date. */
    OrderFile askManagerIfBeyond(OrderFile file, LocalDateTime handoverAt, Actor actor, Instant now) {
        if (handoverAt == null
                || window.position(file.order().reservedOn(), handoverAt.toLocalDate()) != HandoverWindow.Position.AU_DELA) {
            return file;
        }
        boolean alreadyAsked = file.approvals().stream().anyMatch(a -> HandoverWindow.isApprovalFor(a, handoverAt)
                && a.detail() != null && (a.status().pending() || a.status() == ApprovalStatus.APPROUVEE));
        if (alreadyAsked) {
            return file;
        }
        return file.withApproval(approvals.newRequest(file, ApprovalKind.DATE_CESSION_HORS_DELAI, null,
                HandoverWindow.approvalDetail(handoverAt), actor, now));
    }
}
