package fr.cession.ui;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.playbook.ActivityKind;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.user.Actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The workflow commands the screens use. The composition root adapts the domain's order
 * workflow to it. A command that a rule refuses throws a runtime exception whose message says
 * why, in French; the screens show it as it is. A command returns the order file as saved, so a
 * screen shows it without reading the order again.
 */
public interface OrderActions {

    /** Creates the order (status RESERVEE) and plans its first activities. */
    OrderFile create(Order draft, Actor actor);

    /** Moves the order to its next status, planning that stage's activities. */
    OrderFile advance(UUID orderId, Actor actor);

    /** Why the order may not move to its next status now, in French; empty when it may. */
    List<String> blockers(UUID orderId);

    /** The same, for a file just saved or loaded (no second read). */
    List<String> blockers(OrderFile file);

    /**
     * The same reasons with their keys, for the screens to say them in the interface language.
     * An implementation that has only the French texts gives them without key.
     */
    default List<RuleViolation> violations(OrderFile file) {
        return blockers(file).stream().map(reason -> new RuleViolation("regle", reason, null)).toList();
    }

    OrderFile setHandoverDate(UUID orderId, LocalDateTime at, Actor actor);

    OrderFile tick(UUID orderId, UUID itemId, Actor actor);

    OrderFile untick(UUID orderId, UUID itemId, Actor actor);

    /** A payment whose funds are in the account now, by the order's payment method. */
    default OrderFile recordPayment(UUID orderId, PaymentKind kind, BigDecimal amount, Actor actor) {
        return recordPayment(orderId, kind, amount, true, actor);
    }

    /**
     * A payment by the order's payment method.
     *
     * @param received true when the funds are in the account now; false when only announced (a
     *                 transfer order), confirmed later with {@link #confirmPaymentReceived}
     */
    OrderFile recordPayment(UUID orderId, PaymentKind kind, BigDecimal amount, boolean received, Actor actor);

    /** The funds of an announced payment arrived now. */
    OrderFile confirmPaymentReceived(UUID orderId, UUID paymentId, Actor actor);

    /** Closes an activity whose checklist is complete (or that has none). */
    OrderFile completeActivity(UUID orderId, UUID activityId, Actor actor);

    /** Asks a manager: a refund, moving credit funds (004:53), a date beyond the window. */
    OrderFile requestApproval(UUID orderId, ApprovalKind kind, BigDecimal amount, String detail, Actor actor);

    /** A manager's decision; anyone else is refused with the reason. */
    OrderFile decideApproval(UUID orderId, UUID approvalId, boolean approve, Actor actor);

    /** A manager's refusal with its reason, which the requester reads on their day. */
    OrderFile refuseApproval(UUID orderId, UUID approvalId, String reason, Actor actor);

    /** The requester takes back a pending request; a decided one is refused with the reason. */
    OrderFile withdrawApproval(UUID orderId, UUID approvalId, Actor actor);

    OrderFile markDocumentReceived(UUID orderId, DocumentType type, LocalDate issuedOn, Actor actor);

    /** A document received with its reference (a RIB's IBAN, 004:69). */
    OrderFile markDocumentReceived(UUID orderId, DocumentType type, LocalDate issuedOn, String reference, Actor actor);

    OrderFile validateDocument(UUID orderId, DocumentType type, Actor actor);

    OrderFile refuseDocument(UUID orderId, DocumentType type, String reason, Actor actor);

    OrderFile cancel(UUID orderId, CancellationCase cancellationCase, String reason, Actor actor);

    // ---- the order file's in-place forms (issue 7)

    OrderFile editCustomer(UUID orderId, Customer customer, Actor actor);

    OrderFile editVehicle(UUID orderId, Vehicle vehicle, Actor actor);

    /** Date and mode together; a date beyond the window opens a request to the manager (004:26). */
    OrderFile editHandover(UUID orderId, LocalDateTime at, HandoverMode mode, Actor actor);

    /** The day the buyer received the vehicle: the withdrawal period runs from it. */
    OrderFile recordVehicleReceived(UUID orderId, java.time.LocalDate receivedOn, Actor actor);

    OrderFile reassign(UUID orderId, String advisor, Actor actor);

    /** @param typeCode a playbook type, or {@code "autre"} with a title of the person's own */
    OrderFile addActivity(UUID orderId, String typeCode, String title, Instant dueAt, String assignee, Actor actor);

    OrderFile moveActivityDue(UUID orderId, UUID activityId, Instant newDue, String reason, Actor actor);

    /** The playbook's activity types a person may add by hand. */
    List<ActivityKind> activityKinds();

    /** The timed outcomes falling due within {@code within} (and any due, not yet fired), soonest first. */
    default List<fr.cession.domain.timer.ArmedTimer> upcomingTimers(java.time.Duration within) {
        return List.of();
    }

    /** The commercial return window from the hand-over or delivery, in days (003:6). */
    default int commercialReturnDays() {
        return 7;
    }
}
