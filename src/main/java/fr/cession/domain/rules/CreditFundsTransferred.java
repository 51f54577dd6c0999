package fr.cession.domain.rules;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.playbook.RuleCode;

import java.time.Instant;
import java.util.List;

/**
 * 004:53 "Si CRD, en informer son N+1 pour transférer des fonds du wallet Cofidis Ou Mobilize
 * vers wallet acheteur". Holds once a TRANSFERT_FONDS_CREDIT request is approved; only a manager
 * can approve one (the workflow checks the role when deciding).
 */
public final class CreditFundsTransferred implements OrderRule {

    public static final String SEED = "004:53";

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        Order order = file.order();
        if (!order.isCredit()) {
            return List.of();
        }
        boolean done = file.approvals().stream().anyMatch(a -> a.kind() == ApprovalKind.TRANSFERT_FONDS_CREDIT
                && a.status() == ApprovalStatus.APPROUVEE && a.decidedBy() != null);
        if (done) {
            return List.of();
        }
        String lender = order.financing().lender() == null ? "du prêteur" : order.financing().lender().name();
        return List.of(RuleViolation.of(RuleCode.FONDS_CREDIT_TRANSFERES.code(), SEED, "rule.credit.fundsNotMoved",
                "Crédit : fonds du wallet " + lender + " pas encore transférés vers le wallet acheteur par le N+1"
                        + " — demandez le transfert au manager (Accords du manager)", lender));
    }
}
