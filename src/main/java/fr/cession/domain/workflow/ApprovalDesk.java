package fr.cession.domain.workflow;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.approval.RefusalNote;
import fr.cession.domain.approval.WithdrawalReason;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.rules.HandoverWindow;
import fr.cession.domain.rules.RefundPrerequisites;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Requests only a manager decides: a hand-over date beyond the window (004:26 "si + voir avec
 * manager"), a refund (004:63 "demande de remboursement au manager", 004:71 "le manager procède au
 * remboursement"), moving credit funds (004:53 "en informer son N+1").
 */
final class ApprovalDesk {

    private final Supplier<UUID> ids;
    private final RefundPrerequisites refund = new RefundPrerequisites();

    ApprovalDesk(Supplier<UUID> ids) {
        this.ids = ids;
    }

    OrderFile request(OrderFile file, ApprovalKind kind, BigDecimal amount, String detail, Actor actor, Instant now) {
        if (kind == ApprovalKind.TRANSFERT_FONDS_CREDIT && !file.order().isCredit()) {
            throw new RuleViolationException(RuleViolation.of("approbation", "004:53", "rule.approval.notCredit",
                    "Transfert des fonds du crédit : la commande n'est pas payée à crédit"));
        }
        return file.withApproval(newRequest(file, kind, amount, detail, actor, now));
    }

    ApprovalRequest newRequest(OrderFile file, ApprovalKind kind, BigDecimal amount, String detail, Actor actor,
                               Instant now) {
        return new ApprovalRequest(ids.get(), file.orderId(), kind, ApprovalStatus.DEMANDEE, actor.login(), now,
                null, null, amount, detail, RowMeta.NEW);
    }

    OrderFile decide(OrderFile file, UUID approvalId, boolean approve, Actor actor, Instant now) {
        return decide(file, approvalId, approve, null, actor, now);
    }

    /**
     * Only a manager decides, never approving their own request (four eyes, as the central
     * database enforces it too); a refusal says why when a reason is given (the inbox requires one).
     */
    OrderFile decide(OrderFile file, UUID approvalId, boolean approve, String reason, Actor actor, Instant now) {
        ApprovalRequest request = find(file, approvalId);
        if (!actor.holds(Role.MANAGER)) {
            throw new RuleViolationException(RuleViolation.of("role_manager", seedRef(request.kind()),
                    "rule.approval.managerOnly", "Seul un manager peut décider : " + request.kind().label() + " ("
                            + actor.displayName() + " est " + actor.role().label() + ")",
                    request.kind(), actor.displayName(), actor.role()));
        }
        refuseIfDecided(request);
        if (approve && actor.login().equals(request.requestedBy())) {
            throw new RuleViolationException(RuleViolation.of("quatre_yeux", seedRef(request.kind()),
                    "rule.approval.ownRequest", "Personne n'approuve sa propre demande : un autre manager doit la valider"));
        }
        if (!approve && reason != null && reason.strip().length() > RefusalNote.MAX_REASON) {
            throw new ValidationException(new FieldError("approval.reason", "Motif du refus : "
                    + RefusalNote.MAX_REASON + " caractères au plus"));
        }
        if (approve && request.kind() == ApprovalKind.REMBOURSEMENT) {
            List<RuleViolation> missing = refund.check(file, now);
            if (!missing.isEmpty()) {
                throw new RuleViolationException(missing);
            }
        }
        if (!approve && reason != null && !reason.isBlank()) {
            return file.withApproval(request.refuse(actor.login(), now, reason.strip()));
        }
        return file.withApproval(request.decide(approve, actor.login(), now));
    }

    /**
     * The requester takes back a request no one has decided yet; a decided request stays as the
     * manager left it (the decision is part of the order's history).
     */
    OrderFile withdraw(OrderFile file, UUID approvalId, Actor actor, Instant now) {
        ApprovalRequest request = find(file, approvalId);
        refuseIfDecided(request);
        if (!actor.login().equals(request.requestedBy())) {
            throw new RuleViolationException(RuleViolation.of("approbation", seedRef(request.kind()),
                    "rule.approval.notRequester", "Seul le demandeur peut retirer sa demande : "
                            + request.kind().label() + " (demandée par " + request.requestedBy() + ")",
                    request.kind(), request.requestedBy()));
        }
        return file.withApproval(request.withdraw(actor.login(), now, WithdrawalReason.PAR_LE_DEMANDEUR));
    }

    /**
     * 004:26: the pending out-of-window requests about a date that is no longer the order's are
     * withdrawn ("date modifiée"); the manager is not left deciding a date no one plans any more.
     */
    OrderFile withdrawForOtherDates(OrderFile file, java.time.LocalDateTime handoverAt, String by, Instant now) {
        OrderFile out = file;
        for (ApprovalRequest a : file.approvals()) {
            boolean otherDate = handoverAt == null || !HandoverWindow.isApprovalFor(a, handoverAt);
            if (a.kind() == ApprovalKind.DATE_CESSION_HORS_DELAI && a.status().pending() && otherDate) {
                out = out.withApproval(a.withdraw(by, now, WithdrawalReason.DATE_MODIFIEE));
            }
        }
        return out;
    }

    private static ApprovalRequest find(OrderFile file, UUID approvalId) {
        return file.approvals().stream().filter(a -> a.id().equals(approvalId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Demande d'accord introuvable : " + approvalId));
    }

    private static void refuseIfDecided(ApprovalRequest request) {
        if (request.status().pending()) {
            return;
        }
        String state = switch (request.status()) {
            case APPROUVEE -> "approuvée";
            case REFUSEE -> "refusée";
            default -> "retirée";
        };
        throw new RuleViolationException(RuleViolation.of("approbation", seedRef(request.kind()),
                "rule.approval.already." + request.status().name(), "Demande déjà " + state));
    }

    private static String seedRef(ApprovalKind kind) {
        return switch (kind) {
            case DATE_CESSION_HORS_DELAI -> "004:26";
            case REMBOURSEMENT -> "004:63";
            case TRANSFERT_FONDS_CREDIT -> "004:53";
            case REVUE_FRAUDE -> "003:9";
            case LITIGE -> "001:50";
        };
    }
}
