package fr.cession.ui;

import fr.cession.domain.aftersale.DisputeDecision;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.contact.AgreementDraft;
import fr.cession.domain.contact.ContactDraft;
import fr.cession.domain.contact.FollowUpDraft;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.ActivityKind;
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

    /**
     * An appointment moved in the agenda: the hand-over window (004:26) and the funds 48 h before
     * (004:10). A store without the funds rule (screen tests' fakes) only checks the window.
     */
    default OrderFile moveAppointment(UUID orderId, LocalDateTime at, Actor actor) {
        return setHandoverDate(orderId, at, actor);
    }

    OrderFile tick(UUID orderId, UUID itemId, Actor actor);

    OrderFile untick(UUID orderId, UUID itemId, Actor actor);

    /**
     * A ledger movement as a person records it: the way it was paid (cash refused above the legal
     * limit, D112-3) and the payer's name when it is not the buyer's (003:9), null otherwise.
     */
    OrderFile recordPayment(UUID orderId, PaymentKind kind, PaymentMethod method, BigDecimal amount, boolean received,
                            String payerName, Actor actor);

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

    /** Who holds the hand-over (004:50); null takes the inspector off. */
    OrderFile setInspector(UUID orderId, String inspector, Actor actor);

    /** @param typeCode a playbook type, or {@code "autre"} with a title of the person's own */
    OrderFile addActivity(UUID orderId, String typeCode, String title, Instant dueAt, String assignee, Actor actor);

    OrderFile moveActivityDue(UUID orderId, UUID activityId, Instant newDue, String reason, Actor actor);

    /** The playbook's activity types a person may add by hand. */
    List<ActivityKind> activityKinds();

    // ---- the customer relationship (seed 002)

    /** A contact report; its next step becomes an activity of the author. */
    default OrderFile recordContact(UUID orderId, ContactDraft draft, Actor actor) {
        throw new UnsupportedOperationException("compte rendu de contact");
    }

    /** The after-sale call's outcome (004:56); a rating closes a sold order when nothing holds it. */
    default OrderFile recordFollowUpCall(UUID orderId, FollowUpDraft draft, Actor actor) {
        throw new UnsupportedOperationException("appel de suivi");
    }

    /** The terms agreed with the customer, made official; each change is traced in the history. */
    default OrderFile agree(UUID orderId, AgreementDraft draft, Actor actor) {
        throw new UnsupportedOperationException("accords");
    }

    // ---- after the hand-over (001, 003); a desktop without them refuses with the reason

    default OrderFile openComplaint(UUID orderId, LocalDate askedOn, String what, Actor actor) {
        throw new UnsupportedOperationException("Après-vente indisponible");
    }

    default OrderFile acceptComplaint(UUID orderId, UUID caseId, String work, Instant dueAt, Actor actor) {
        throw new UnsupportedOperationException("Après-vente indisponible");
    }

    default OrderFile refuseComplaint(UUID orderId, UUID caseId, String reason, Actor actor) {
        throw new UnsupportedOperationException("Après-vente indisponible");
    }

    default OrderFile raiseDispute(UUID orderId, UUID caseId, String detail, Actor actor) {
        throw new UnsupportedOperationException("Après-vente indisponible");
    }

    /** A manager other than the one who raised it decides the dispute (four eyes). */
    default OrderFile decideDispute(UUID orderId, UUID caseId, DisputeDecision decision, BigDecimal amount,
                                    String note, Instant repairDue, Actor actor) {
        throw new UnsupportedOperationException("Après-vente indisponible");
    }

    default OrderFile recordReturnNotice(UUID orderId, LocalDate noticeOn, String reason, Actor actor) {
        throw new UnsupportedOperationException("Après-vente indisponible");
    }

    default OrderFile bookReturnPickup(UUID orderId, UUID caseId, LocalDate pickupOn, String reference, Actor actor) {
        throw new UnsupportedOperationException("Après-vente indisponible");
    }

    default OrderFile inspectReturn(UUID orderId, UUID caseId, Integer mileageKm, String damage, Actor actor) {
        throw new UnsupportedOperationException("Après-vente indisponible");
    }

    /** The timed outcomes falling due within {@code within} (and any due, not yet fired), soonest first. */
    default List<fr.cession.domain.timer.ArmedTimer> upcomingTimers(java.time.Duration within) {
        return List.of();
    }

    /** The commercial return window from the hand-over or delivery, in days (003:6). */
    default int commercialReturnDays() {
        return 7;
    }

    /** Customer accounts and the collectors of company buyers (seed 000, 004:13); none by default. */
    default fr.cession.ui.CustomerAccountActions customerAccounts() {
        return fr.cession.ui.CustomerAccountActions.NONE;
    }
}
