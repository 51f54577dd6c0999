package fr.cession.domain.workflow;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.rules.Paperwork;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.WithdrawalPeriod;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Étape à ne pas oublier en cas d'annulation" (004:60-76). Every case ends with the order
 * ANNULEE, its open activities cancelled and a refund request for the manager: the reservation
 * fee alone (004:62-64), or the funds received (004:65-71, the KYC 2 papers then become required,
 * see {@link fr.cession.domain.rules.RefundPrerequisites}). For an order already organised the
 * playbook plans the calls to ADV, the inspector and DRIIVEME (004:73-76) on entering ANNULEE.
 */
final class CancellationDesk {

    private final ActivityPlanner planner;
    private final ApprovalDesk approvals;
    private final WithdrawalPeriod withdrawal;
    private final ZoneId zone;

    CancellationDesk(ActivityPlanner planner, ApprovalDesk approvals, WithdrawalPeriod withdrawal, ZoneId zone) {
        this.planner = planner;
        this.approvals = approvals;
        this.withdrawal = withdrawal;
        this.zone = zone;
    }

    OrderFile cancel(OrderFile file, CancellationCase cancellationCase, String reason, Actor actor, Instant now) {
        Order order = file.order();
        if (!order.status().cancellable()) {
            throw new RuleViolationException(new RuleViolation("annulation",
                    "Annulation impossible : la commande est " + order.status().label(), "004:60"));
        }
        if (cancellationCase == null) {
            throw new ValidationException(new FieldError("cancellation.case",
                    "Cas d'annulation : obligatoire (frais de réservation seuls, fonds reçus ou rétractation)"));
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(new FieldError("cancellation.reason", "Motif d'annulation : obligatoire"));
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        if (cancellationCase == CancellationCase.RETRACTATION) {
            LocalDate noticeOn = order.withdrawalNoticeOn() != null ? order.withdrawalNoticeOn() : today;
            withdrawal.check(order, noticeOn).ifPresent(v -> {
                throw new RuleViolationException(v);
            });
            order = order.withWithdrawalNoticeOn(noticeOn);
        }
        Order cancelled = order.withCancellation(new Cancellation(cancellationCase, reason.trim(), now, order.status()));
        OrderFile out = planner.cancelOpen(file.withOrder(cancelled));
        out = planner.plan(out, new WorkflowEvent.StatusEntered(cancelled.status()));
        BigDecimal amount = refundAmount(out, cancellationCase);
        String detail = switch (cancellationCase) {
            case FRAIS_RESERVATION_SEULS -> "Remboursement des frais de réservation";
            case RETOUR -> "Remboursement du retour après KYC 2 (003:6)" + returnDeadline(out);
            default -> "Remboursement des fonds reçus après KYC 2" + refundDeadline(cancelled);
        };
        return out.withApproval(approvals.newRequest(out, ApprovalKind.REMBOURSEMENT, amount, detail, actor, now));
    }

    private String refundDeadline(Order order) {
        if (order.withdrawalNoticeOn() == null) {
            return "";
        }
        return " — à rembourser au plus tard le " + withdrawal.refundDueBy(order.withdrawalNoticeOn());
    }

    /** A return's refund runs from its notice, the first day of the after-sale case. */
    private String returnDeadline(OrderFile file) {
        return file.afterSale().stream().filter(c -> c.kind() == fr.cession.domain.aftersale.AfterSaleKind.RETOUR)
                .findFirst().map(c -> " — à rembourser au plus tard le " + withdrawal.refundDueBy(c.openedOn()))
                .orElse("");
    }

    private static BigDecimal refundAmount(OrderFile file, CancellationCase c) {
        if (c == CancellationCase.RETOUR) {
            return fr.cession.domain.rules.HeldFunds.of(file).held(); // 003:6: what the order holds goes back
        }
        if (c != CancellationCase.FRAIS_RESERVATION_SEULS) {
            return Paperwork.receivedCustomerFunds(file);
        }
        BigDecimal fees = file.payments().stream().filter(p -> p.kind() == PaymentKind.FRAIS_RESERVATION)
                .filter(Payment::isReceived).map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return fees.signum() > 0 || file.order().reservationFee() == null ? fees : file.order().reservationFee();
    }
}
