package fr.cession.app;

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
import fr.cession.domain.timer.ArmedTimer;
import fr.cession.domain.user.Actor;
import fr.cession.domain.workflow.DueTimers;
import fr.cession.domain.workflow.OrderWorkflow;
import fr.cession.ui.CustomerAccountActions;
import fr.cession.ui.OrderActions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The screens' commands over the domain's {@link OrderWorkflow}. Refusals are the workflow's own
 * exceptions ({@code RuleViolationException}, {@code ValidationException},
 * {@code ConcurrentChangeException}), passed on untouched: their French messages are what the
 * screens show.
 *
 * <p>Built by the composition root: {@code new WorkflowOrderActions(workflow, clock)}, with the
 * clock the workflow uses.
 */
public final class WorkflowOrderActions implements OrderActions {

    private final OrderWorkflow workflow;
    private final Clock clock;
    private final DueTimers timers;
    private final int returnDays;
    private final CustomerAccountActions customerAccounts;

    /**
     * @param workflow the order workflow every command goes through
     * @param clock    the time stamped on payments received "now"
     */
    public WorkflowOrderActions(OrderWorkflow workflow, Clock clock) {
        this(workflow, clock, null, 7, CustomerAccountActions.NONE);
    }

    /**
     * @param timers     the timed outcomes of the open orders (Ma journée shows those falling due soon)
     * @param returnDays the playbook's commercial return window, in days (003:6)
     */
    public WorkflowOrderActions(OrderWorkflow workflow, Clock clock, DueTimers timers, int returnDays,
                                CustomerAccountActions customerAccounts) {
        this.workflow = workflow;
        this.clock = clock;
        this.timers = timers;
        this.returnDays = returnDays;
        this.customerAccounts = customerAccounts;
    }

    /** The same actions with the customer accounts of this store (seed 000, 004:13). */
    public WorkflowOrderActions withCustomerAccounts(CustomerAccountActions accounts) {
        return new WorkflowOrderActions(workflow, clock, timers, returnDays, accounts);
    }

    @Override
    public CustomerAccountActions customerAccounts() {
        return customerAccounts;
    }

    @Override
    public List<ArmedTimer> upcomingTimers(Duration within) {
        return timers == null ? List.of() : timers.upcoming(within);
    }

    @Override
    public int commercialReturnDays() {
        return returnDays;
    }

    @Override
    public OrderFile create(Order draft, Actor actor) {
        return workflow.create(draft, actor);
    }

    @Override
    public OrderFile advance(UUID orderId, Actor actor) {
        return workflow.advance(orderId, actor);
    }

    @Override
    public List<String> blockers(UUID orderId) {
        return workflow.check(orderId).stream().map(RuleViolation::message).toList();
    }

    @Override
    public List<String> blockers(OrderFile file) {
        return workflow.blockers(file).stream().map(RuleViolation::message).toList();
    }

    @Override
    public List<RuleViolation> violations(OrderFile file) {
        return workflow.blockers(file);
    }

    @Override
    public OrderFile moveAppointment(UUID orderId, LocalDateTime at, Actor actor) {
        return workflow.moveAppointment(orderId, at, actor);
    }

    @Override
    public OrderFile setHandoverDate(UUID orderId, LocalDateTime at, Actor actor) {
        return workflow.setHandoverDate(orderId, at, actor);
    }

    @Override
    public OrderFile tick(UUID orderId, UUID itemId, Actor actor) {
        return workflow.tick(orderId, itemId, actor);
    }

    @Override
    public OrderFile untick(UUID orderId, UUID itemId, Actor actor) {
        return workflow.untick(orderId, itemId, actor);
    }

    @Override
    public OrderFile completeActivity(UUID orderId, UUID activityId, Actor actor) {
        return workflow.completeActivity(orderId, activityId, actor);
    }

    @Override
    public OrderFile recordPayment(UUID orderId, PaymentKind kind, PaymentMethod method, BigDecimal amount,
                                   boolean received, String payerName, Actor actor) {
        Instant now = clock.instant();
        return workflow.recordPayment(orderId, kind, method, amount, now, received ? now : null, null, payerName, actor);
    }

    @Override
    public OrderFile confirmPaymentReceived(UUID orderId, UUID paymentId, Actor actor) {
        return workflow.confirmPaymentReceived(orderId, paymentId, clock.instant(), actor);
    }

    @Override
    public OrderFile markDocumentReceived(UUID orderId, DocumentType type, LocalDate issuedOn, Actor actor) {
        return workflow.markDocumentReceived(orderId, type, issuedOn, null, actor);
    }

    @Override
    public OrderFile markDocumentReceived(UUID orderId, DocumentType type, LocalDate issuedOn, String reference,
                                          Actor actor) {
        return workflow.markDocumentReceived(orderId, type, issuedOn, reference, actor);
    }

    @Override
    public OrderFile validateDocument(UUID orderId, DocumentType type, Actor actor) {
        return workflow.validateDocument(orderId, type, actor);
    }

    @Override
    public OrderFile refuseDocument(UUID orderId, DocumentType type, String reason, Actor actor) {
        return workflow.refuseDocument(orderId, type, reason, actor);
    }

    @Override
    public OrderFile requestApproval(UUID orderId, ApprovalKind kind, BigDecimal amount, String detail, Actor actor) {
        return workflow.requestApproval(orderId, kind, amount, detail, actor);
    }

    @Override
    public OrderFile refuseApproval(UUID orderId, UUID approvalId, String reason, Actor actor) {
        return workflow.refuseApproval(orderId, approvalId, reason, actor);
    }

    @Override
    public OrderFile decideApproval(UUID orderId, UUID approvalId, boolean approve, Actor actor) {
        return workflow.decideApproval(orderId, approvalId, approve, actor);
    }

    @Override
    public OrderFile withdrawApproval(UUID orderId, UUID approvalId, Actor actor) {
        return workflow.withdrawApproval(orderId, approvalId, actor);
    }

    @Override
    public OrderFile cancel(UUID orderId, CancellationCase cancellationCase, String reason, Actor actor) {
        return workflow.cancel(orderId, cancellationCase, reason, actor);
    }

    @Override
    public OrderFile openComplaint(UUID orderId, java.time.LocalDate askedOn, String what, Actor actor) {
        return workflow.afterSale().openComplaint(orderId, askedOn, what, actor);
    }

    @Override
    public OrderFile acceptComplaint(UUID orderId, UUID caseId, String work, java.time.Instant dueAt, Actor actor) {
        return workflow.afterSale().acceptComplaint(orderId, caseId, work, dueAt, actor);
    }

    @Override
    public OrderFile refuseComplaint(UUID orderId, UUID caseId, String reason, Actor actor) {
        return workflow.afterSale().refuseComplaint(orderId, caseId, reason, actor);
    }

    @Override
    public OrderFile raiseDispute(UUID orderId, UUID caseId, String detail, Actor actor) {
        return workflow.afterSale().raiseDispute(orderId, caseId, detail, actor);
    }

    @Override
    public OrderFile decideDispute(UUID orderId, UUID caseId, fr.cession.domain.aftersale.DisputeDecision decision,
                                   BigDecimal amount, String note, java.time.Instant repairDue, Actor actor) {
        return workflow.afterSale().decideDispute(orderId, caseId, decision, amount, note, repairDue, actor);
    }

    @Override
    public OrderFile recordReturnNotice(UUID orderId, java.time.LocalDate noticeOn, String reason, Actor actor) {
        return workflow.afterSale().recordReturnNotice(orderId, noticeOn, reason, actor);
    }

    @Override
    public OrderFile bookReturnPickup(UUID orderId, UUID caseId, java.time.LocalDate pickupOn, String reference,
                                      Actor actor) {
        return workflow.afterSale().bookReturnPickup(orderId, caseId, pickupOn, reference, actor);
    }

    @Override
    public OrderFile inspectReturn(UUID orderId, UUID caseId, Integer mileageKm, String damage, Actor actor) {
        return workflow.afterSale().inspectReturn(orderId, caseId, mileageKm, damage, actor);
    }

    @Override
    public OrderFile editCustomer(UUID orderId, Customer customer, Actor actor) {
        return workflow.edits().editCustomer(orderId, customer, actor);
    }

    @Override
    public OrderFile editVehicle(UUID orderId, Vehicle vehicle, Actor actor) {
        return workflow.edits().editVehicle(orderId, vehicle, actor);
    }

    @Override
    public OrderFile editHandover(UUID orderId, LocalDateTime at, HandoverMode mode, Actor actor) {
        return workflow.edits().editHandover(orderId, at, mode, actor);
    }

    @Override
    public OrderFile recordVehicleReceived(UUID orderId, java.time.LocalDate receivedOn, Actor actor) {
        return workflow.edits().recordVehicleReceived(orderId, receivedOn, actor);
    }

    @Override
    public OrderFile reassign(UUID orderId, String advisor, Actor actor) {
        return workflow.edits().reassign(orderId, advisor, actor);
    }

    @Override
    public OrderFile setInspector(UUID orderId, String inspector, Actor actor) {
        return workflow.edits().setInspector(orderId, inspector, actor);
    }

    @Override
    public OrderFile addActivity(UUID orderId, String typeCode, String title, Instant dueAt, String assignee,
                                 Actor actor) {
        return workflow.addActivity(orderId, typeCode, title, dueAt, assignee, actor);
    }

    @Override
    public OrderFile moveActivityDue(UUID orderId, UUID activityId, Instant newDue, String reason, Actor actor) {
        return workflow.moveActivityDue(orderId, activityId, newDue, reason, actor);
    }

    @Override
    public List<ActivityKind> activityKinds() {
        return workflow.activityKinds();
    }

    @Override
    public OrderFile recordContact(UUID orderId, ContactDraft draft, Actor actor) {
        return workflow.relationship().recordContact(orderId, draft, actor);
    }

    @Override
    public OrderFile recordFollowUpCall(UUID orderId, FollowUpDraft draft, Actor actor) {
        return workflow.relationship().recordFollowUpCall(orderId, draft, actor);
    }

    @Override
    public OrderFile agree(UUID orderId, AgreementDraft draft, Actor actor) {
        return workflow.relationship().agree(orderId, draft, actor);
    }
}
