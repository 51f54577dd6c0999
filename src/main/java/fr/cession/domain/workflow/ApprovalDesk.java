package fr.cession.domain.workflow;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.audit.RowMeta;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.rules.RefundPrerequisites;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;

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
            throw new RuleViolationException(new RuleViolation("approbation",
                    "Transfert des fonds du crédit : la commande n'est pas payée à crédit", "004:53"));
        }
        return file.withApproval(newRequest(file, kind, amount, detail, actor, now));
    }

    ApprovalRequest newRequest(OrderFile file, ApprovalKind kind, BigDecimal amount, String detail, Actor actor,
                               Instant now) {
        return new ApprovalRequest(ids.get(), file.orderId(), kind, ApprovalStatus.DEMANDEE, actor.login(), now,
                null, null, amount, detail, RowMeta.NEW);
    }

    OrderFile decide(OrderFile file, UUID approvalId, boolean approve, Actor actor, Instant now) {
        ApprovalRequest request = file.approvals().stream().filter(a -> a.id().equals(approvalId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Demande d'accord introuvable : " + approvalId));
        if (actor.role() != Role.MANAGER) {
            throw new RuleViolationException(new RuleViolation("role_manager", "Seul un manager peut décider : "
                    + request.kind().label() + " (" + actor.displayName() + " est " + actor.role().label() + ")",
                    seedRef(request.kind())));
        }
        if (request.status() != ApprovalStatus.DEMANDEE) {
            throw new RuleViolationException(new RuleViolation("approbation", "Demande déjà "
                    + (request.status() == ApprovalStatus.APPROUVEE ? "approuvée" : "refusée"), seedRef(request.kind())));
        }
        if (approve && request.kind() == ApprovalKind.REMBOURSEMENT) {
            List<RuleViolation> missing = refund.check(file, now);
            if (!missing.isEmpty()) {
                throw new RuleViolationException(missing);
            }
        }
        return file.withApproval(request.decide(approve, actor.login(), now));
    }

    private static String seedRef(ApprovalKind kind) {
        return switch (kind) {
            case DATE_CESSION_HORS_DELAI -> "004:26";
            case REMBOURSEMENT -> "004:63";
            case TRANSFERT_FONDS_CREDIT -> "004:53";
        };
    }
}
