package fr.cession.ui;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.user.Actor;
import fr.cession.domain.workflow.OrderWorkflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The screens' commands over the domain's {@link OrderWorkflow}. Refusals are the workflow's own
 * exceptions ({@code RuleViolationException}, {@code ValidationException},
 * {@code ConcurrentChangeException}), passed on untouched: their French messages are what the
 * screens show.
 *
 * <p>Built by the composition root: {@code new WorkflowOrderActions(workflow, repository, clock)},
 * with the same repository and clock the workflow uses.
 */
public final class WorkflowOrderActions implements OrderActions {

    private final OrderWorkflow workflow;
    private final OrderFileRepository orders;
    private final Clock clock;

    /**
     * @param workflow the order workflow every command goes through
     * @param orders   the repository the workflow saves to, read for the order's payment method
     * @param clock    the time stamped on payments received "now"
     */
    public WorkflowOrderActions(OrderWorkflow workflow, OrderFileRepository orders, Clock clock) {
        this.workflow = workflow;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public OrderFile create(Order draft, Actor actor) {
        return workflow.create(draft, actor);
    }

    @Override
    public void advance(UUID orderId, Actor actor) {
        workflow.advance(orderId, actor);
    }

    @Override
    public List<String> blockers(UUID orderId) {
        return workflow.check(orderId).stream().map(RuleViolation::message).toList();
    }

    @Override
    public void setHandoverDate(UUID orderId, LocalDateTime at, Actor actor) {
        workflow.setHandoverDate(orderId, at, actor);
    }

    @Override
    public void tick(UUID orderId, UUID itemId, Actor actor) {
        workflow.tick(orderId, itemId, actor);
    }

    @Override
    public void untick(UUID orderId, UUID itemId, Actor actor) {
        workflow.untick(orderId, itemId, actor);
    }

    @Override
    public void completeActivity(UUID orderId, UUID activityId, Actor actor) {
        workflow.completeActivity(orderId, activityId, actor);
    }

    @Override
    public void recordPayment(UUID orderId, PaymentKind kind, BigDecimal amount, boolean received, Actor actor) {
        Order order = orders.load(orderId)
                .orElseThrow(() -> new NoSuchElementException("Commande introuvable : " + orderId)).order();
        Instant now = clock.instant();
        // an announced payment is a transfer order given now; its funds are confirmed when they arrive
        workflow.recordPayment(orderId, kind, order.paymentMethod(), amount, now, received ? now : null, null, actor);
    }

    @Override
    public void confirmPaymentReceived(UUID orderId, UUID paymentId, Actor actor) {
        workflow.confirmPaymentReceived(orderId, paymentId, clock.instant(), actor);
    }

    @Override
    public void markDocumentReceived(UUID orderId, DocumentType type, LocalDate issuedOn, Actor actor) {
        workflow.markDocumentReceived(orderId, type, issuedOn, null, actor);
    }

    @Override
    public void validateDocument(UUID orderId, DocumentType type, Actor actor) {
        workflow.validateDocument(orderId, type, actor);
    }

    @Override
    public void refuseDocument(UUID orderId, DocumentType type, String reason, Actor actor) {
        workflow.refuseDocument(orderId, type, reason, actor);
    }

    @Override
    public void requestApproval(UUID orderId, ApprovalKind kind, BigDecimal amount, String detail, Actor actor) {
        workflow.requestApproval(orderId, kind, amount, detail, actor);
    }

    @Override
    public void decideApproval(UUID orderId, UUID approvalId, boolean approve, Actor actor) {
        workflow.decideApproval(orderId, approvalId, approve, actor);
    }

    @Override
    public void withdrawApproval(UUID orderId, UUID approvalId, Actor actor) {
        workflow.withdrawApproval(orderId, approvalId, actor);
    }

    @Override
    public void cancel(UUID orderId, CancellationCase cancellationCase, String reason, Actor actor) {
        workflow.cancel(orderId, cancellationCase, reason, actor);
    }
}
