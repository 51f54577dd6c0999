package fr.cession.domain.workflow;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.aftersale.AfterSaleKind;
import fr.cession.domain.aftersale.AfterSaleStatus;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.rules.Formats;
import fr.cession.domain.rules.HeldFunds;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * 004:63 "demande de remboursement au manager" and 004:71 "le manager procède au remboursement":
 * a refund is money leaving the company, so it is never a note. The manager's approval records
 * what is owed (the amount, the IBAN of the validated RIB) as a refund to pay, and the playbook
 * plans the activity to pay it by its deadline (14 days after the withdrawal notice, L221-24);
 * confirming that refund paid is what finishes the activity, never a tick.
 */
final class RefundDesk {

    static final String SEED = "004:71";
    private static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

    private final Playbook playbook;
    private final Supplier<UUID> ids;
    private final ActivityPlanner planner;

    RefundDesk(Playbook playbook, Supplier<UUID> ids, ActivityPlanner planner) {
        this.playbook = playbook;
        this.ids = ids;
        this.planner = planner;
    }

    /**
     * After a decision: an approved refund becomes a refund to pay and its activity. Refused when it
     * asks more than the order holds (received and not yet paid back). The activity goes to the
     * manager who approved: 004:71 "le manager procède au remboursement".
     */
    OrderFile decided(OrderFile file, UUID approvalId, Actor manager) {
        ApprovalRequest request = file.approvals().stream().filter(a -> a.id().equals(approvalId)).findFirst()
                .orElseThrow();
        if (request.kind() != ApprovalKind.REMBOURSEMENT || request.status() != ApprovalStatus.APPROUVEE) {
            return file;
        }
        BigDecimal held = held(file);
        BigDecimal amount = request.amount() == null ? held : request.amount();
        refuseAboveHeld(amount, held);
        return owe(file, amount, manager, returnRefundDue(file));
    }

    /**
     * A refund a manager decided (a refund approval, or a dispute's refund): recorded as a refund to
     * pay to the validated RIB's IBAN, and the activity to pay it, theirs, planned by the playbook.
     *
     * @param dueAt the refund's legal deadline when it is not the playbook's (a return, a dispute); null keeps the playbook's
     */
    OrderFile owe(OrderFile file, BigDecimal amount, Actor manager, Instant dueAt) {
        refuseAboveHeld(amount, held(file));
        if (amount.signum() == 0) {
            return file; // only announced funds: nothing came in, nothing goes back
        }
        String iban = file.document(DocumentType.RIB).filter(d -> d.status() == DocumentStatus.VALIDE)
                .map(OrderDocument::reference).orElse(null);
        OrderFile out = file.withPayment(new Payment(ids.get(), file.orderId(), PaymentKind.REMBOURSEMENT,
                PaymentMethod.VIR, amount, null, null, iban, RowMeta.NEW).recordedBy(manager.login()));
        out = planner.plan(out, new WorkflowEvent.RefundApproved());
        for (String type : playbook.typesPlannedBy(new WorkflowEvent.RefundApproved())) {
            Activity planned = out.activity(type).filter(a -> a.isOpen() && a.assignee() == null).orElse(null);
            if (planned != null) {
                out = out.withActivity(planned.withAssignee(manager.login()));
            }
            Activity open = out.activity(type).filter(Activity::isOpen).orElse(null);
            if (open != null && dueAt != null && !dueAt.equals(open.dueAt())) {
                out = out.withActivity(open.withDueAt(dueAt));
            }
        }
        return out;
    }

    /**
     * A refund recorded by hand in the payment form: only what a manager approved and the order still
     * holds; the approved refund itself is already on the order, to be confirmed paid.
     */
    void checkRecorded(OrderFile file, PaymentKind kind, BigDecimal amount) {
        if (kind != PaymentKind.REMBOURSEMENT) {
            return;
        }
        boolean approved = file.approvals().stream().anyMatch(a -> a.kind() == ApprovalKind.REMBOURSEMENT
                && a.status() == ApprovalStatus.APPROUVEE);
        if (!approved) {
            throw new RuleViolationException(RuleViolation.of("remboursement_accord", SEED,
                    "rule.refund.notApproved", "Remboursement : un manager doit d'abord l'approuver"
                            + " — faites la demande au manager (Ctrl+M)"));
        }
        refuseAboveHeld(amount == null ? BigDecimal.ZERO : amount, held(file));
    }

    /** The refund's activities are done by paying it: once no refund is left to pay, they are finished. */
    OrderFile paid(OrderFile file, Actor actor, Instant now) {
        if (unpaid(file)) {
            return file;
        }
        OrderFile out = file;
        for (String type : playbook.typesPlannedBy(new WorkflowEvent.RefundApproved())) {
            Activity activity = out.activity(type).filter(Activity::isOpen).orElse(null);
            if (activity == null) {
                continue;
            }
            for (ChecklistItem item : out.itemsOf(activity.id())) {
                if (!item.checked()) {
                    out = out.withItem(item.tick(actor.login(), now));
                }
            }
            out = out.withActivity(activity.done(actor.login(), now));
        }
        return out;
    }

    /** Ticking or closing a refund's activity by hand while the refund is unpaid would hide money owed. */
    void refuseByHand(OrderFile file, UUID activityId) {
        List<String> types = playbook.typesPlannedBy(new WorkflowEvent.RefundApproved());
        boolean refundActivity = file.activities().stream()
                .anyMatch(a -> a.id().equals(activityId) && types.contains(a.typeCode()));
        if (refundActivity && unpaid(file)) {
            throw new RuleViolationException(RuleViolation.of("remboursement_paye", SEED, "rule.refund.payFirst",
                    "Remboursement à payer : faites le virement, puis confirmez le remboursement dans Paiements (C)"
                            + " — l'activité se termine alors d'elle-même"));
        }
    }

    UUID activityOf(OrderFile file, UUID itemId) {
        return file.items().stream().filter(i -> i.id().equals(itemId)).map(ChecklistItem::activityId).findFirst()
                .orElse(null);
    }

    private static boolean unpaid(OrderFile file) {
        return file.payments().stream().anyMatch(p -> p.kind() == PaymentKind.REMBOURSEMENT && !p.isReceived());
    }

    /**
     * A return's refund is owed within {@code remboursement_jours} of the return notice (003:6 and
     * L221-24 by analogy), not of the inspection that cancelled the order.
     */
    private Instant returnRefundDue(OrderFile file) {
        if (file.order().cancellation() == null
                || file.order().cancellation().cancellationCase() != CancellationCase.RETOUR) {
            return null;
        }
        return file.afterSale().stream().filter(c -> c.kind() == AfterSaleKind.RETOUR
                        && c.status() == AfterSaleStatus.INSPECTE).findFirst()
                .map(c -> dueDay(c.openedOn())).orElse(null);
    }

    /** The refund's last day, counted from {@code from}, at the end of the working day. */
    Instant dueDay(LocalDate from) {
        return from.plusDays(playbook.settings().refundDays()).atTime(END_OF_DAY).atZone(playbook.zone()).toInstant();
    }

    static BigDecimal held(OrderFile file) {
        return HeldFunds.of(file).held();
    }

    static void refuseAboveHeld(BigDecimal amount, BigDecimal held) {
        if (amount.compareTo(held) > 0) {
            throw new RuleViolationException(RuleViolation.of("remboursement_plafond", SEED, "rule.refund.aboveHeld",
                    "Remboursement de " + Formats.euros(amount) + " : plus que les " + Formats.euros(held)
                            + " reçus et non encore remboursés", amount, held));
        }
    }
}
