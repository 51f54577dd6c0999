package fr.cession.app;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;
import fr.cession.domain.workflow.OrderWorkflow;
import fr.cession.ui.OrderActions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The screens' commands over the domain's workflow. A refusal keeps the workflow's own French
 * messages, one reason per line, so the dialog shows every reason as the rules wrote it.
 */
final class WorkflowOrderActionsAdapter implements OrderActions {

    private final OrderWorkflow workflow;
    private final OrderFileRepository orders;
    private final Clock clock;
    private final Runnable saved;

    /** @param saved called after each saved change (asks the sync to send it soon) */
    WorkflowOrderActionsAdapter(OrderWorkflow workflow, OrderFileRepository orders, Clock clock, Runnable saved) {
        this.workflow = workflow;
        this.orders = orders;
        this.clock = clock;
        this.saved = saved;
    }

    @Override
    public OrderFile create(Order draft, Actor actor) {
        return refusals(() -> workflow.create(draft, actor));
    }

    @Override
    public void advance(UUID orderId, Actor actor) {
        refusals(() -> workflow.advance(orderId, actor));
    }

    @Override
    public List<String> blockers(UUID orderId) {
        return workflow.check(orderId).stream().map(RuleViolation::message).toList();
    }

    @Override
    public void setHandoverDate(UUID orderId, LocalDateTime at, Actor actor) {
        refusals(() -> workflow.setHandoverDate(orderId, at, actor));
    }

    /**
     * The screens have no "done" button: ticking the last line of an activity completes it, as the
     * users expect from a checklist (unticking a line reopens it, in the workflow itself).
     */
    @Override
    public void tick(UUID orderId, UUID itemId, Actor actor) {
        refusals(() -> {
            OrderFile file = workflow.tick(orderId, itemId, actor);
            Optional<Activity> finished = file.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                    .flatMap(item -> file.activities().stream().filter(a -> a.id().equals(item.activityId()))
                            .findFirst())
                    .filter(a -> a.state() == ActivityState.OUVERTE)
                    .filter(a -> file.itemsOf(a.id()).stream().allMatch(ChecklistItem::checked));
            return finished.map(a -> workflow.completeActivity(orderId, a.id(), actor)).orElse(file);
        });
    }

    @Override
    public void untick(UUID orderId, UUID itemId, Actor actor) {
        refusals(() -> workflow.untick(orderId, itemId, actor));
    }

    /**
     * The screen records money that has arrived: one payment by the order's own method, ordered
     * and received now (a transfer's order and its funds are both in hand when it is entered).
     */
    @Override
    public void recordPayment(UUID orderId, PaymentKind kind, BigDecimal amount, Actor actor) {
        Instant now = clock.instant();
        refusals(() -> {
            OrderFile file = orders.load(orderId)
                    .orElseThrow(() -> new NoSuchElementException("Commande introuvable : " + orderId));
            return workflow.recordPayment(orderId, kind, file.order().paymentMethod(), amount, now, now, null, actor);
        });
    }

    @Override
    public void markDocumentReceived(UUID orderId, DocumentType type, LocalDate issuedOn, Actor actor) {
        refusals(() -> workflow.markDocumentReceived(orderId, type, issuedOn, null, actor));
    }

    @Override
    public void validateDocument(UUID orderId, DocumentType type, Actor actor) {
        refusals(() -> workflow.validateDocument(orderId, type, actor));
    }

    @Override
    public void refuseDocument(UUID orderId, DocumentType type, String reason, Actor actor) {
        refusals(() -> workflow.refuseDocument(orderId, type, reason, actor));
    }

    @Override
    public void cancel(UUID orderId, CancellationCase cancellationCase, String reason, Actor actor) {
        refusals(() -> workflow.cancel(orderId, cancellationCase, reason, actor));
    }

    private OrderFile refusals(Supplier<OrderFile> command) {
        try {
            OrderFile file = command.get();
            saved.run();
            return file;
        } catch (RuleViolationException e) {
            throw new ActionRefusedException(e.violations().stream().map(RuleViolation::message).toList(), e);
        } catch (ValidationException e) {
            throw new ActionRefusedException(e.errors().stream().map(FieldError::message).toList(), e);
        }
    }

    /** Every reason of a refusal, one per line. */
    static final class ActionRefusedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ActionRefusedException(List<String> reasons, RuntimeException cause) {
            super(String.join("\n", reasons), cause);
        }
    }
}
