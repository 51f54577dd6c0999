package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.RuleCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 004:43 "Validation des documents nécessaires à J–3 avant la cession": every document the
 * playbook requires for the order as it is now is validated and still within its validity
 * ({@link DocumentValidity}).
 */
public final class DocumentsValid implements OrderRule {

    public static final String SEED = "004:43";

    private final Playbook playbook;
    private final DocumentValidity validity;

    public DocumentsValid(Playbook playbook) {
        this.playbook = playbook;
        this.validity = new DocumentValidity(playbook.settings());
    }

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        LocalDate day = Paperwork.referenceDay(file.order(), now, playbook.zone());
        List<RuleViolation> out = new ArrayList<>();
        for (DocumentType type : playbook.requiredDocuments(file)) {
            if (type == DocumentType.RAPPORT_CT) {
                // 004:42 "CT reçu ... ou validation ... par l'ADV": received is enough; ct_valide judges it
                continue;
            }
            violation(file, type, day).ifPresent(out::add);
        }
        return out;
    }

    /** {@link #problem} as a violation the screens can translate. */
    public Optional<RuleViolation> violation(OrderFile file, DocumentType type, LocalDate day) {
        String code = RuleCode.DOCUMENTS_VALIDES.code();
        Optional<OrderDocument> doc = file.document(type);
        if (doc.isEmpty() || doc.get().status() == fr.cession.domain.document.DocumentStatus.MANQUANT) {
            return Optional.of(RuleViolation.of(code, SEED, "rule.document.missing", type.label() + " : manquant", type));
        }
        return switch (doc.get().status()) {
            case MANQUANT -> Optional.empty();
            case RECU -> Optional.of(RuleViolation.of(code, SEED, "rule.document.notValidated",
                    type.label() + " : reçu mais pas encore validé", type));
            case REFUSE -> Optional.of(RuleViolation.of(code, SEED, "rule.document.refused", type.label() + " : refusé"
                    + (doc.get().refusalReason() == null ? "" : " (" + doc.get().refusalReason() + ")"), type,
                    doc.get().refusalReason() == null ? "" : " (" + doc.get().refusalReason() + ")"));
            case VALIDE -> validity.violation(doc.get(), day, code, SEED);
        };
    }

    /** Why one required document does not count as validated, or empty. */
    public Optional<String> problem(OrderFile file, DocumentType type, LocalDate day) {
        Optional<OrderDocument> doc = file.document(type);
        if (doc.isEmpty()) {
            return Optional.of(type.label() + " : manquant");
        }
        return switch (doc.get().status()) {
            case MANQUANT -> Optional.of(type.label() + " : manquant");
            case RECU -> Optional.of(type.label() + " : reçu mais pas encore validé");
            case REFUSE -> Optional.of(type.label() + " : refusé"
                    + (doc.get().refusalReason() == null ? "" : " (" + doc.get().refusalReason() + ")"));
            case VALIDE -> validity.problem(doc.get(), day);
        };
    }
}
