package fr.cession.domain.workflow;

import fr.cession.domain.aftersale.DisputeDecision;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * After the hand-over (001, 003): complaints, disputes and returns, each command one change of
 * the order file like every other workflow command ({@link OrderWorkflow#afterSale()}).
 */
public final class AfterSaleCommands {

    private final OrderChanges changes;
    private final AfterSaleDesk afterSale;
    private final ReturnDesk returns;

    AfterSaleCommands(OrderChanges changes, AfterSaleDesk afterSale, ReturnDesk returns) {
        this.changes = changes;
        this.afterSale = afterSale;
        this.returns = returns;
    }

    /** 001:35: the buyer asks for a fix; {@code askedOn} null is today. Emits {@code reclamation_ouverte}. */
    public OrderFile openComplaint(UUID orderId, LocalDate askedOn, String what, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> afterSale.open(file, askedOn, what, actor, now));
    }

    /** The advisor accepts: the work is an activity due at {@code dueAt}. Emits {@code reclamation_repondue}. */
    public OrderFile acceptComplaint(UUID orderId, UUID caseId, String work, Instant dueAt, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> afterSale.accept(file, caseId, work, dueAt, actor, now));
    }

    /** The advisor refuses with a reason. Emits {@code reclamation_repondue}. */
    public OrderFile refuseComplaint(UUID orderId, UUID caseId, String reason, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> afterSale.refuse(file, caseId, reason, actor, now));
    }

    /** A refused complaint becomes a dispute, waiting in the managers' « À valider ». */
    public OrderFile raiseDispute(UUID orderId, UUID caseId, String detail, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> afterSale.dispute(file, caseId, detail, actor, now));
    }

    /**
     * A manager other than the one who raised it decides the dispute.
     *
     * @param amount    the partial refund (never above what the order holds); ignored otherwise
     * @param note      the rejection's reason, or the repair to do
     * @param repairDue the repair's due date
     */
    public OrderFile decideDispute(UUID orderId, UUID caseId, DisputeDecision decision, BigDecimal amount,
                                   String note, Instant repairDue, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> afterSale.decide(file, caseId, decision, amount, note, repairDue,
                actor, now));
    }

    /** 003:6: a return notice, refused after the window's last day. */
    public OrderFile recordReturnNotice(UUID orderId, LocalDate noticeOn, String reason, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> returns.notice(file, noticeOn, reason, actor, now));
    }

    public OrderFile bookReturnPickup(UUID orderId, UUID caseId, LocalDate pickupOn, String reference, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> returns.pickup(file, caseId, pickupOn, reference, actor));
    }

    /** The vehicle is back and inspected: the order is cancelled for return, its refund asked from the manager. */
    public OrderFile inspectReturn(UUID orderId, UUID caseId, Integer mileageKm, String damage, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> returns.inspect(file, caseId, mileageKm, damage, actor, now));
    }
}
