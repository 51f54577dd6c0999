package fr.cession.domain.rules;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.risk.FraudAssessment;
import fr.cession.domain.risk.FraudSignals;

import java.time.Instant;
import java.util.List;

/**
 * 003:9 "Si vos sonnettes d'alarme sonnent, vous voudrez définir un processus pour traiter de ces
 * pistes": an order whose red flags reach the playbook's threshold goes no further towards the
 * hand-over until a manager approved a review of it.
 */
public final class FraudReviewedBeforeHandover implements OrderRule {

    public static final String SEED = "003:9";

    private final FraudSignals signals;

    public FraudReviewedBeforeHandover(FraudSignals signals) {
        this.signals = signals;
    }

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        FraudAssessment a = signals.assess(file);
        if (!a.needsReview()) {
            return List.of();
        }
        boolean reviewed = file.approvals().stream().anyMatch(r -> r.kind() == ApprovalKind.REVUE_FRAUDE
                && r.status() == ApprovalStatus.APPROUVEE && r.decidedBy() != null);
        if (reviewed) {
            return List.of();
        }
        return List.of(RuleViolation.of(RuleCode.REVUE_FRAUDE.code(), SEED, "rule.fraud.review",
                "Signaux de fraude (score " + a.score() + ", seuil " + a.threshold() + ") : revue du manager avant la "
                        + "remise des clés — demandez-la (Accords du manager). " + a.reasons(),
                a.score(), a.threshold(), a.reasons()));
    }
}
