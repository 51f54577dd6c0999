package fr.cession.domain.workflow;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.ActivityKind;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.TimerOutcome;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.risk.SharedContacts;
import fr.cession.domain.rules.BankChequeHandlers;
import fr.cession.domain.rules.CashLimit;
import fr.cession.domain.rules.FundsBeforeAppointment;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TransitionCheck;
import fr.cession.domain.rules.WithdrawalPeriod;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.timer.ArmedTimer;
import fr.cession.domain.timer.TimerActor;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What users do to an order, each command in one go: load the order file, check, compute the new
 * file (activities the playbook plans, documents that become required), save it once. Refusals
 * are {@link ValidationException} (input to correct) or {@link RuleViolationException} (a rule of
 * the seed), both with every reason in French.
 */
public final class OrderWorkflow {

    private final OrderFileRepository repo;
    private final Playbook playbook;
    private final Clock clock;
    private final TransitionCheck transitions;
    private final ActivityPlanner planner;
    private final RequiredDocuments documents;
    private final ChecklistDesk checklists = new ChecklistDesk();
    private final PaperworkDesk paperwork;
    private final ApprovalDesk approvals;
    private final HandoverScheduler handover;
    private final CancellationDesk cancellations;
    private final WithdrawalPeriod withdrawal;
    private final OrderEdits orderEdits;
    private final ActivityDesk activityDesk;
    private final RefundDesk refunds;
    private final OrderChanges changes;
    private final AfterSaleCommands afterSaleCommands;
    private final RelationshipCommands relationshipCommands;
    private final EscrowDesk escrow = new EscrowDesk();
    private final CashLimit cash;
    private final OutcomeIds outcomeIds;
    private final OrderCreation creation;

    public OrderWorkflow(OrderFileRepository repo, Playbook playbook, Clock clock, Supplier<UUID> ids,
                         FrenchCalendar calendar) {
        this(repo, playbook, clock, ids, calendar, SharedContacts.NONE);
    }

    /** @param shared other orders with the same phone or e-mail (003:9's red flags), from the store */
    public OrderWorkflow(OrderFileRepository repo, Playbook playbook, Clock clock, Supplier<UUID> ids,
                         FrenchCalendar calendar, SharedContacts shared) {
        this.outcomeIds = new OutcomeIds(ids);
        ids = outcomeIds;
        this.repo = repo;
        this.playbook = playbook;
        this.clock = clock;
        this.transitions = new TransitionCheck(playbook, shared);
        this.planner = new ActivityPlanner(playbook, ids);
        this.documents = new RequiredDocuments(playbook, ids);
        this.paperwork = new PaperworkDesk(playbook, ids);
        this.approvals = new ApprovalDesk(ids);
        this.handover = new HandoverScheduler(playbook.settings(), approvals, planner);
        this.withdrawal = new WithdrawalPeriod(calendar, playbook.settings());
        this.cancellations = new CancellationDesk(planner, approvals, withdrawal, playbook.zone());
        this.activityDesk = new ActivityDesk(playbook, ids);
        this.refunds = new RefundDesk(playbook, ids, planner);
        this.changes = new OrderChanges(repo, clock, documents);
        this.orderEdits = new OrderEdits(changes, handover, withdrawal, playbook.zone());
        this.relationshipCommands = new RelationshipCommands(changes, new ContactDesk(ids, activityDesk, transitions,
                planner), new AgreementDesk(ids));
        this.afterSaleCommands = new AfterSaleCommands(changes,
                new AfterSaleDesk(ids, planner, approvals, refunds, activityDesk, playbook.zone()),
                new ReturnDesk(ids, playbook.settings(), cancellations, playbook.zone()));
        this.cash = new CashLimit(playbook.settings());
        this.creation = new OrderCreation(repo, playbook, clock, handover, planner, documents);
    }

    /**
     * A new reservation. Without a number the store gives it the site's next one; an order taken
     * over from the back office keeps the number it has there, so both systems name it alike.
     */
    public OrderFile create(Order draft, Actor actor) {
        return creation.create(draft, actor);
    }

    /** To the next status of the path, or refused with every reason. */
    public OrderFile advance(UUID orderId, Actor actor) {
        return change(orderId, actor, (file, now) -> advanced(file, actor, now));
    }

    private OrderFile advanced(OrderFile file, Actor actor, Instant now) {
        OrderStatus target = file.order().status().next();
        if (target == null) {
            throw new RuleViolationException(new RuleViolation("statut", "La commande est "
                    + file.order().status().label() + " : plus d'étape suivante", null));
        }
        List<RuleViolation> blockers = new ArrayList<>(transitions.check(file, target, now));
        if (target == OrderStatus.CLOTUREE && file.afterSale().stream().anyMatch(c -> c.isOpen())) {
            blockers.add(RuleViolation.of("apres_vente", "001:33", "rule.aftersale.open",
                    "Clôture impossible : une réclamation, un litige ou un retour est en cours (Après-vente)"));
        }
        if (!blockers.isEmpty()) {
            throw new RuleViolationException(blockers);
        }
        Order order = file.order().withStatus(target);
        if (target == OrderStatus.VENDUE && order.vehicleReceivedOn() == null) {
            // 004:50: sold at the hand-over or the delivery, the day the buyer receives the car; the
            // 14-day withdrawal (004:65) runs from it. A person corrects the day from the order file.
            order = order.withVehicleReceivedOn(now.atZone(playbook.zone()).toLocalDate());
        }
        OrderFile moved = escrow.onStatus(file.withOrder(order), target, actor, now);
        return planner.plan(moved, new WorkflowEvent.StatusEntered(target));
    }

    /**
     * A timed outcome nobody prevented, written as of its due instant by the timer's own name and
     * with ids derived from the timer's key: whichever desktop notices it first, the central
     * database receives the same operations and applies them once. A closing goes through the
     * normal transition and is refused like a person's would be.
     */
    public OrderFile fireTimer(ArmedTimer timer, String site) {
        OrderFile before = load(timer.orderId());
        Instant at = timer.dueAt();
        Role role = timer.definition().outcome() == TimerOutcome.ESCALADE_MANAGER ? Role.MANAGER : Role.COMMERCIAL;
        Actor actor = TimerActor.on(site, role);
        String text = timer.historyText(playbook.zone());
        OrderFile after = outcomeIds.derivedFrom(timer, () -> documents.addMissing(switch (timer.definition().outcome()) {
            case ANNULATION -> cancellations.cancel(before, CancellationCase.FRAIS_RESERVATION_SEULS, text, actor, at);
            case CLOTURE -> advanced(before, actor, at);
            case ESCALADE_MANAGER -> TimerOutcomes.escalate(before, timer, text, at);
        }));
        return repo.save(before, after, actor, at, c -> timer.derivedId("op-" + c.entity() + "-" + c.entityId()));
    }

    /** Why the next step would be refused now, for the screen to show before anyone tries. */
    public List<RuleViolation> check(UUID orderId) {
        return blockers(load(orderId));
    }

    public List<RuleViolation> blockers(OrderFile file) {
        OrderStatus target = file.order().status().next();
        return target == null ? List.of() : transitions.check(file, target, clock.instant());
    }

    public OrderFile setHandoverDate(UUID orderId, LocalDateTime handoverAt, Actor actor) {
        if (handoverAt == null) {
            throw new ValidationException(new FieldError("handoverAt", "Date de cession : obligatoire"));
        }
        return change(orderId, actor, (file, now) -> handover.set(file, handoverAt, actor, now));
    }

    /**
     * An appointment moved from the agenda: the hand-over window as in the order file (004:26: too
     * early refused, beyond 15 days asked of the manager) and, since the new date is a promise to the
     * customer, no date whose 48 h cut-off has already passed without the funds in (004:10).
     */
    public OrderFile moveAppointment(UUID orderId, LocalDateTime handoverAt, Actor actor) {
        if (handoverAt == null) {
            throw new ValidationException(new FieldError("handoverAt", "Date de cession : obligatoire"));
        }
        FundsBeforeAppointment funds = new FundsBeforeAppointment(playbook.settings(), playbook.zone());
        return change(orderId, actor, (file, now) -> {
            OrderFile moved = handover.set(file, handoverAt, actor, now);
            List<RuleViolation> late = funds.check(moved, now);
            if (!late.isEmpty()) {
                throw new RuleViolationException(late);
            }
            return moved;
        });
    }

    public OrderFile tick(UUID orderId, UUID itemId, Actor actor) {
        return change(orderId, actor, (file, now) -> {
            refunds.refuseByHand(file, refunds.activityOf(file, itemId));
            return checklists.tick(file, itemId, actor, now);
        });
    }

    public OrderFile untick(UUID orderId, UUID itemId, Actor actor) {
        return change(orderId, actor, (file, now) -> checklists.untick(file, itemId));
    }

    public OrderFile completeActivity(UUID orderId, UUID activityId, Actor actor) {
        return change(orderId, actor, (file, now) -> {
            refunds.refuseByHand(file, activityId);
            return checklists.complete(file, activityId, actor, now);
        });
    }

    public OrderFile recordPayment(UUID orderId, PaymentKind kind, PaymentMethod method, BigDecimal amount,
                                   Instant orderedAt, Instant receivedAt, String reference, Actor actor) {
        return recordPayment(orderId, kind, method, amount, orderedAt, receivedAt, reference, null, actor);
    }

    /**
     * A movement of the order's ledger, recorded by {@code actor}; cash above the legal limit is refused.
     *
     * @param payerName the name on the transfer or cheque when a person typed it (003:9's red flags)
     */
    public OrderFile recordPayment(UUID orderId, PaymentKind kind, PaymentMethod method, BigDecimal amount,
                                   Instant orderedAt, Instant receivedAt, String reference, String payerName,
                                   Actor actor) {
        if (receivedAt != null) {
            BankChequeHandlers.receiving(actor, method).ifPresent(v -> {
                throw new RuleViolationException(v);
            });
        }
        return change(orderId, actor, (file, now) -> {
            refunds.checkRecorded(file, kind, amount);
            cash.check(file, kind, method, amount).ifPresent(v -> {
                throw new RuleViolationException(v);
            });
            return paperwork.recordPayment(file, kind, method, amount, orderedAt, receivedAt, reference, payerName,
                    actor, now);
        });
    }

    public OrderFile confirmPaymentReceived(UUID orderId, UUID paymentId, Instant receivedAt, Actor actor) {
        // paying a refund is what finishes the activity its approval planned
        return change(orderId, actor, (file, now) -> {
            file.payments().stream().filter(p -> p.id().equals(paymentId) && p.kind() != PaymentKind.REMBOURSEMENT)
                    .findFirst().flatMap(p -> BankChequeHandlers.receiving(actor, p.method())).ifPresent(v -> {
                        throw new RuleViolationException(v);
                    });
            return refunds.paid(paperwork.paymentReceived(file, paymentId, receivedAt, actor, now), actor, now);
        });
    }

    /** Held funds to the seller partner (004:54 P2P); refused until the sale is completed (001). */
    public OrderFile releaseFunds(UUID orderId, Actor actor) {
        return change(orderId, actor, (file, now) -> escrow.release(file, actor, now));
    }

    public OrderFile markDocumentReceived(UUID orderId, DocumentType type, LocalDate issuedOn, String reference,
                                          Actor actor) {
        return change(orderId, actor, (file, now) -> paperwork.received(file, type, issuedOn, reference, now));
    }

    public OrderFile validateDocument(UUID orderId, DocumentType type, Actor actor) {
        return change(orderId, actor, (file, now) -> paperwork.validate(file, type, actor, now));
    }

    public OrderFile refuseDocument(UUID orderId, DocumentType type, String reason, Actor actor) {
        return change(orderId, actor, (file, now) -> paperwork.refuse(file, type, reason, actor, now));
    }

    public OrderFile requestApproval(UUID orderId, ApprovalKind kind, BigDecimal amount, String detail, Actor actor) {
        return change(orderId, actor, (file, now) -> approvals.request(file, kind, amount, detail, actor, now));
    }

    /**
     * Only a manager decides; a refund after funds were received waits for the KYC 2 papers, and an
     * approved refund is recorded as a refund to pay, with the activity to pay it.
     */
    public OrderFile decideApproval(UUID orderId, UUID approvalId, boolean approve, Actor actor) {
        return change(orderId, actor, (file, now) -> {
            AfterSaleDesk.notADispute(file, approvalId);
            return refunds.decided(approvals.decide(file, approvalId, approve, actor, now), approvalId, actor);
        });
    }

    /** A refusal with the manager's reason, which the requester reads on their day. */
    public OrderFile refuseApproval(UUID orderId, UUID approvalId, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(new FieldError("approval.reason", "Motif du refus : obligatoire"));
        }
        return change(orderId, actor, (file, now) -> {
            AfterSaleDesk.notADispute(file, approvalId);
            return approvals.decide(file, approvalId, false, reason, actor, now);
        });
    }

    /** The requester takes back a pending request (a decided one stays). */
    public OrderFile withdrawApproval(UUID orderId, UUID approvalId, Actor actor) {
        return change(orderId, actor, (file, now) -> {
            AfterSaleDesk.notADispute(file, approvalId);
            return approvals.withdraw(file, approvalId, actor, now);
        });
    }

    public OrderFile cancel(UUID orderId, CancellationCase cancellationCase, String reason, Actor actor) {
        if (cancellationCase == CancellationCase.RETOUR) {
            throw new RuleViolationException(RuleViolation.of("retour", ReturnDesk.SEED, "rule.return.byInspection",
                    "Annulation pour retour : elle suit l'inspection du véhicule revenu (Après-vente)"));
        }
        return change(orderId, actor, (file, now) -> cancellations.cancel(file, cancellationCase, reason, actor, now));
    }

    /** Corrections after creation and the after-hand-over dates, each recorded in the history by the save. */
    public OrderEdits edits() {
        return orderEdits;
    }

    /** An activity a person adds: a playbook type, or {@code "autre"} with its own title. */
    public OrderFile addActivity(UUID orderId, String typeCode, String title, Instant dueAt, String assignee,
                                 Actor actor) {
        return change(orderId, actor, (file, now) -> activityDesk.add(file, typeCode, title, dueAt, assignee, actor,
                now));
    }

    /** Moves an open activity's due date; the reason is required and kept with the activity. */
    public OrderFile moveActivityDue(UUID orderId, UUID activityId, Instant newDue, String reason, Actor actor) {
        return change(orderId, actor, (file, now) -> activityDesk.moveDue(file, activityId, newDue, reason, actor,
                now));
    }

    /** Complaints, disputes and returns after the hand-over (001, 003). */
    public AfterSaleCommands afterSale() {
        return afterSaleCommands;
    }

    /** Contact reports, the after-sale call and the agreements (seed 002). */
    public RelationshipCommands relationship() {
        return relationshipCommands;
    }

    /** The activity types a person may add by hand. */
    public List<ActivityKind> activityKinds() {
        return playbook.activityKinds();
    }

    private OrderFile change(UUID orderId, Actor actor, BiFunction<OrderFile, Instant, OrderFile> command) {
        return changes.change(orderId, actor, command);
    }

    private OrderFile load(UUID orderId) {
        return changes.load(orderId);
    }
}
