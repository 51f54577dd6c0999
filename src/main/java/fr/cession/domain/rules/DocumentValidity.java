package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.playbook.RuleSettings;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a document stays acceptable, as the registration office (ANTS) applies it for the CG:
 * a proof of address under 6 months old, a Kbis under the configured age, both measured from the
 * date printed on the document to the hand-over day (or today while no date is set).
 */
public final class DocumentValidity {

    private final RuleSettings settings;

    public DocumentValidity(RuleSettings settings) {
        this.settings = settings;
    }

    /** The age limit in months for this type, or empty when the type does not age. */
    public Optional<Integer> maxMonths(DocumentType type) {
        return switch (type) {
            case JUSTIFICATIF_DOMICILE -> Optional.of(settings.proofOfAddressMaxMonths());
            case KBIS -> Optional.of(settings.kbisMaxMonths());
            default -> Optional.empty();
        };
    }

    /** Why the document is too old on {@code day}, or empty when it is still acceptable. */
    public Optional<String> problem(OrderDocument doc, LocalDate day) {
        return violation(doc, day, "document_perime", null).map(RuleViolation::message);
    }

    /** The same reason as {@link #problem}, said by key for the screens. */
    public Optional<RuleViolation> violation(OrderDocument doc, LocalDate day, String code, String seedRef) {
        Optional<Integer> months = maxMonths(doc.type());
        if (months.isEmpty()) {
            return Optional.empty();
        }
        if (doc.issuedOn() == null) {
            return Optional.of(RuleViolation.of(code, seedRef, "rule.document.noIssueDate",
                    doc.type().label() + " : date d'émission non renseignée (validité de " + months.get() + " mois)",
                    doc.type(), months.get()));
        }
        if (!doc.issuedOn().plusMonths(months.get()).isAfter(day)) {
            return Optional.of(RuleViolation.of(code, seedRef, "rule.document.tooOld",
                    doc.type().label() + " : émis le " + Formats.day(doc.issuedOn()) + ", plus de "
                            + months.get() + " mois avant le " + Formats.day(day),
                    doc.type(), doc.issuedOn(), months.get(), day));
        }
        return Optional.empty();
    }
}
