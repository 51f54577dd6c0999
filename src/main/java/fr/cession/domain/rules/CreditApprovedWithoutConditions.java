package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.playbook.RuleSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * 004:41 "Validation crédit sans réserve", under "Validation du rdv : J-3 avant la vente". With
 * credit, the signed credit offer (OFFRE_CREDIT) is validated — the lender's approval without
 * conditions — on J-3 at the latest (the day three days before the hand-over day).
 */
public final class CreditApprovedWithoutConditions implements OrderRule {

    public static final String SEED = "004:41";

    private final RuleSettings settings;
    private final ZoneId zone;

    public CreditApprovedWithoutConditions(RuleSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        Order order = file.order();
        if (!order.isCredit()) {
            return List.of();
        }
        Optional<OrderDocument> offer = file.document(DocumentType.OFFRE_CREDIT);
        if (offer.isEmpty() || offer.get().status() != DocumentStatus.VALIDE) {
            return List.of(RuleViolation.of(RuleCode.CREDIT_SANS_RESERVE.code(), SEED, "rule.credit.offerNotValidated",
                    "Crédit : offre de crédit non validée sans réserve — validez l'offre de crédit signée dans"
                            + " Documents"));
        }
        if (order.handoverAt() == null || offer.get().validatedAt() == null) {
            return List.of();
        }
        LocalDate deadline = order.handoverAt().toLocalDate().minusDays(settings.creditApprovedBeforeHandoverDays());
        LocalDate validatedOn = offer.get().validatedAt().atZone(zone).toLocalDate();
        if (validatedOn.isAfter(deadline)) {
            return List.of(RuleViolation.of(RuleCode.CREDIT_SANS_RESERVE.code(), SEED, "rule.credit.offerLate",
                    "Crédit : offre validée le " + Formats.day(validatedOn) + ", après J-"
                            + settings.creditApprovedBeforeHandoverDays() + " (" + Formats.day(deadline) + ")",
                    validatedOn, settings.creditApprovedBeforeHandoverDays(), deadline));
        }
        return List.of();
    }

}
