package fr.cession.ui;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.user.Actor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The workflow commands the screens use. The composition root adapts the domain's order
 * workflow to it. A command that a rule refuses throws a runtime exception whose message says
 * why, in French; the screens show it as it is.
 */
public interface OrderActions {

    /** Creates the order (status RESERVEE) and plans its first activities. */
    OrderFile create(Order draft, Actor actor);

    /** Moves the order to its next status, planning that stage's activities. */
    void advance(UUID orderId, Actor actor);

    /** Why the order may not move to its next status now, in French; empty when it may. */
    List<String> blockers(UUID orderId);

    void setHandoverDate(UUID orderId, LocalDateTime at, Actor actor);

    void tick(UUID orderId, UUID itemId, Actor actor);

    void untick(UUID orderId, UUID itemId, Actor actor);

    /** A payment whose funds are in the account now, by the order's payment method. */
    default void recordPayment(UUID orderId, PaymentKind kind, BigDecimal amount, Actor actor) {
        recordPayment(orderId, kind, amount, true, actor);
    }

    /**
     * A payment by the order's payment method.
     *
     * @param received true when the funds are in the account now; false when only announced (a
     *                 transfer order), confirmed later with {@link #confirmPaymentReceived}
     */
    void recordPayment(UUID orderId, PaymentKind kind, BigDecimal amount, boolean received, Actor actor);

    /** The funds of an announced payment arrived now. */
    void confirmPaymentReceived(UUID orderId, UUID paymentId, Actor actor);

    /** Closes an activity whose checklist is complete (or that has none). */
    void completeActivity(UUID orderId, UUID activityId, Actor actor);

    /** Asks a manager: a refund, moving credit funds (004:53), a date beyond the window. */
    void requestApproval(UUID orderId, ApprovalKind kind, BigDecimal amount, String detail, Actor actor);

    /** A manager's decision; anyone else is refused with the reason. */
    void decideApproval(UUID orderId, UUID approvalId, boolean approve, Actor actor);

    /** The requester takes back a pending request; a decided one is refused with the reason. */
    void withdrawApproval(UUID orderId, UUID approvalId, Actor actor);

    void markDocumentReceived(UUID orderId, DocumentType type, LocalDate issuedOn, Actor actor);

    void validateDocument(UUID orderId, DocumentType type, Actor actor);

    void refuseDocument(UUID orderId, DocumentType type, String reason, Actor actor);

    void cancel(UUID orderId, CancellationCase cancellationCase, String reason, Actor actor);
}
