package fr.cession.domain.workflow;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.aftersale.AfterSaleKind;
import fr.cession.domain.aftersale.AfterSaleStatus;
import fr.cession.domain.aftersale.DisputeDecision;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * 001:35-50 carried over to the car: after the hand-over or the delivery the buyer asks for a fix
 * (« retouche »); the advisor accepts it (the work becomes an activity with its due date) or refuses
 * it with a reason; a refused complaint may go to a dispute (« litige ») that a manager other than
 * the one who raised it decides: refund, partial refund (never above what the order holds), repair
 * or reject. A refund takes the existing path (004:71): a refund to pay to the validated RIB's IBAN
 * and the activity to pay it.
 */
final class AfterSaleDesk {

    static final String SEED = "001:35";
    static final int TEXT_MAX = 1000;

    private final Supplier<UUID> ids;
    private final ActivityPlanner planner;
    private final ApprovalDesk approvals;
    private final RefundDesk refunds;
    private final ActivityDesk activities;
    private final ZoneId zone;

    AfterSaleDesk(Supplier<UUID> ids, ActivityPlanner planner, ApprovalDesk approvals, RefundDesk refunds,
                  ActivityDesk activities, ZoneId zone) {
        this.ids = ids;
        this.planner = planner;
        this.approvals = approvals;
        this.refunds = refunds;
        this.activities = activities;
        this.zone = zone;
    }

    OrderFile open(OrderFile file, LocalDate askedOn, String what, Actor actor, Instant now) {
        requireHandedOver(file.order(), "rule.complaint.notSold", "Réclamation");
        String text = text("complaint.request", "Demande de l'acheteur", what);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = askedOn == null ? today : askedOn;
        if (day.isAfter(today)) {
            throw new ValidationException(new FieldError("complaint.askedOn", "Date de la demande : dans le futur"));
        }
        AfterSaleCase c = AfterSaleCase.opened(ids.get(), file.orderId(), AfterSaleKind.RECLAMATION, day, now,
                actor.login(), text);
        return planner.plan(file.withAfterSale(c), new WorkflowEvent.ComplaintOpened(c.id(), now));
    }

    /** The fix is accepted: an activity « Retouche : … » with its due date, for the order's advisor. */
    OrderFile accept(OrderFile file, UUID caseId, String work, Instant dueAt, Actor actor, Instant now) {
        AfterSaleCase c = complaint(file, caseId, AfterSaleStatus.OUVERTE);
        String text = text("complaint.work", "Travaux à faire", work);
        OrderFile out = withActivity(file, "Retouche : " + text, dueAt, actor, now);
        UUID activityId = added(file, out);
        out = out.withAfterSale(c.answered(AfterSaleStatus.ACCEPTEE, actor.login(), now, text, activityId));
        return planner.plan(out, new WorkflowEvent.ComplaintAnswered(caseId, true, now));
    }

    OrderFile refuse(OrderFile file, UUID caseId, String reason, Actor actor, Instant now) {
        AfterSaleCase c = complaint(file, caseId, AfterSaleStatus.OUVERTE);
        String text = text("complaint.reason", "Motif du refus", reason);
        OrderFile out = file.withAfterSale(c.answered(AfterSaleStatus.REFUSEE, actor.login(), now, text, null));
        return planner.plan(out, new WorkflowEvent.ComplaintAnswered(caseId, false, now));
    }

    /** 001:42 « Il pourra alors accepter ou aller en litige »: the refused complaint goes to a manager. */
    OrderFile dispute(OrderFile file, UUID caseId, String detail, Actor actor, Instant now) {
        AfterSaleCase c = complaint(file, caseId, AfterSaleStatus.REFUSEE);
        requireHandedOver(file.order(), "rule.complaint.notSold", "Litige");
        String asked = "Litige : « " + c.request() + " », refusée : « " + c.answer() + " »"
                + (detail == null || detail.isBlank() ? "" : " — " + detail.strip());
        if (asked.length() > RefusalRoom.DETAIL) {
            asked = asked.substring(0, RefusalRoom.DETAIL - 1) + "…";
        }
        ApprovalRequest request = approvals.newRequest(file, ApprovalKind.LITIGE, null, asked, actor, now);
        return file.withApproval(request).withAfterSale(c.disputed(request.id()));
    }

    /**
     * The manager's decision. Four eyes on every outcome, a rejection included: the person who
     * raised the dispute does not settle it.
     */
    OrderFile decide(OrderFile file, UUID caseId, DisputeDecision decision, BigDecimal amount, String note,
                     Instant repairDue, Actor manager, Instant now) {
        AfterSaleCase c = complaint(file, caseId, AfterSaleStatus.LITIGE);
        if (decision == null) {
            throw new ValidationException(new FieldError("dispute.decision",
                    "Décision : obligatoire (remboursement, remboursement partiel, réparation ou rejet)"));
        }
        ApprovalRequest request = file.approvals().stream().filter(a -> a.id().equals(c.approvalId())).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Litige sans demande au manager : " + caseId));
        if (manager.login().equals(request.requestedBy())) {
            throw new RuleViolationException(RuleViolation.of("quatre_yeux", "001:50", "rule.dispute.ownRequest",
                    "Litige : la personne qui l'a ouvert ne le tranche pas — un autre manager doit décider"));
        }
        if (!manager.holds(Role.MANAGER)) {
            throw new RuleViolationException(RuleViolation.of("role_manager", "001:50", "rule.dispute.managerOnly",
                    "Litige : seul un manager le tranche (" + manager.displayName() + " est "
                            + manager.role().label() + ")", manager.displayName(), manager.role()));
        }
        if (decision == DisputeDecision.REJET) {
            String why = text("dispute.note", "Motif du rejet", note);
            OrderFile out = approvals.decide(file, request.id(), false, clip(why), manager, now);
            return out.withAfterSale(c.decided(decision, null, null));
        }
        BigDecimal held = RefundDesk.held(file);
        BigDecimal owed = null;
        if (decision == DisputeDecision.REMBOURSEMENT) {
            owed = held;
        } else if (decision == DisputeDecision.REMBOURSEMENT_PARTIEL) {
            owed = partial(amount, held);
        }
        if (decision.refunds()) {
            requireRib(file);
            if (owed.signum() == 0) {
                throw new RuleViolationException(RuleViolation.of("remboursement_plafond", "001:5",
                        "rule.dispute.nothingHeld", "Remboursement : la commande ne détient rien à rembourser"));
            }
        }
        OrderFile out = approvals.decide(file, request.id(), true, manager, now);
        ApprovalRequest decided = out.approvals().stream().filter(a -> a.id().equals(request.id())).findFirst()
                .orElseThrow();
        out = out.withApproval(decided.withAmount(owed));
        UUID activityId = null;
        if (decision.refunds()) {
            out = refunds.owe(out, owed, manager, refunds.dueDay(now.atZone(zone).toLocalDate()));
        } else {
            String work = note == null || note.isBlank() ? c.request() : note.strip();
            OrderFile repaired = withActivity(out, "Réparation (litige) : " + work, repairDue, manager, now);
            activityId = added(out, repaired);
            out = repaired;
        }
        return out.withAfterSale(c.decided(decision, owed, activityId));
    }

    private BigDecimal partial(BigDecimal amount, BigDecimal held) {
        if (amount == null) {
            throw new ValidationException(new FieldError("dispute.amount", "Montant remboursé : obligatoire"));
        }
        if (amount.signum() <= 0) {
            throw new ValidationException(new FieldError("dispute.amount", "Montant remboursé : doit être positif"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(new FieldError("dispute.amount", "Montant remboursé : deux décimales au plus"));
        }
        RefundDesk.refuseAboveHeld(amount, held);
        return amount;
    }

    /** 004:69-71: money goes back to the IBAN of the buyer's validated RIB. */
    private static void requireRib(OrderFile file) {
        boolean valid = file.document(DocumentType.RIB).filter(d -> d.status() == DocumentStatus.VALIDE)
                .map(d -> d.reference() != null && !d.reference().isBlank()).orElse(false);
        if (!valid) {
            throw new RuleViolationException(RuleViolation.of("kyc2", "004:69", "rule.dispute.ribMissing",
                    "Remboursement : le RIB de l'acheteur doit être reçu et validé (son IBAN) avant de décider"));
        }
    }

    private OrderFile withActivity(OrderFile file, String title, Instant dueAt, Actor actor, Instant now) {
        String clipped = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        return activities.add(file, ActivityDesk.OTHER, clipped, dueAt, file.order().advisor(), actor, now);
    }

    private static UUID added(OrderFile before, OrderFile after) {
        Set<UUID> known = new HashSet<>();
        before.activities().forEach(a -> known.add(a.id()));
        return after.activities().stream().map(Activity::id).filter(id -> !known.contains(id)).findFirst()
                .orElseThrow();
    }

    /** A dispute is settled by its decision, never by the generic approve, refuse or withdraw of a request. */
    static void notADispute(OrderFile file, UUID approvalId) {
        boolean dispute = file.approvals().stream()
                .anyMatch(a -> a.id().equals(approvalId) && a.kind() == ApprovalKind.LITIGE);
        if (dispute) {
            throw new RuleViolationException(RuleViolation.of("litige", "001:50", "rule.dispute.decideAsDispute",
                    "Litige : il se tranche par sa décision (remboursement, remboursement partiel, réparation ou rejet)"));
        }
    }

    static void requireHandedOver(Order order, String key, String what) {
        if (order.status() != OrderStatus.VENDUE) {
            throw new RuleViolationException(RuleViolation.of("apres_vente", SEED, key, what
                    + " : seulement sur une commande vendue (remise à l'acheteur), celle-ci est "
                    + order.status().label(), order.status()));
        }
    }

    static AfterSaleCase find(OrderFile file, UUID caseId) {
        return file.afterSaleCase(caseId)
                .orElseThrow(() -> new NoSuchElementException("Dossier après-vente introuvable : " + caseId));
    }

    private static AfterSaleCase complaint(OrderFile file, UUID caseId, AfterSaleStatus expected) {
        AfterSaleCase c = find(file, caseId);
        if (c.kind() != AfterSaleKind.RECLAMATION || c.status() != expected) {
            throw new RuleViolationException(RuleViolation.of("apres_vente", SEED, "rule.complaint.state",
                    "Réclamation : déjà " + c.status().name().toLowerCase().replace('_', ' ')
                            + " (attendu : " + expected.name().toLowerCase().replace('_', ' ') + ")",
                    c.status(), expected));
        }
        return c;
    }

    static String text(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(new FieldError(field, label + " : obligatoire"));
        }
        if (value.strip().length() > TEXT_MAX) {
            throw new ValidationException(new FieldError(field, label + " : " + TEXT_MAX + " caractères au plus"));
        }
        return value.strip();
    }

    private static String clip(String reason) {
        int max = fr.cession.domain.approval.RefusalNote.MAX_REASON;
        return reason.length() > max ? reason.substring(0, max - 1) + "…" : reason;
    }

    /** The request's detail column (1,000 characters) keeps room for a refusal's reason. */
    private static final class RefusalRoom {
        static final int DETAIL = 1000 - fr.cession.domain.approval.RefusalNote.SEPARATOR.length()
                - fr.cession.domain.approval.RefusalNote.MAX_REASON;
    }
}
