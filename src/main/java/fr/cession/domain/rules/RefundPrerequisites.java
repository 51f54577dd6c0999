package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.validation.Iban;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 004:65-71: after the funds were received (cancellation or withdrawal), "Deux Pièce d'identité
 * recto/verso (CI, permis, ou passeport)" and a "RIB" for KYC 2, and "Une fois le statut validé,
 * le manager procède au remboursement". The two IDs and the RIB are validated and the RIB's IBAN
 * is a real one before a manager may approve the refund. With only the reservation fee received
 * (004:62-64) nothing more is needed.
 */
public final class RefundPrerequisites implements OrderRule {

    public static final String SEED = "004:67";
    public static final List<DocumentType> KYC_2 =
            List.of(DocumentType.PIECE_IDENTITE_KYC_1, DocumentType.PIECE_IDENTITE_KYC_2, DocumentType.RIB);

    public static boolean needsKyc(Cancellation cancellation) {
        return cancellation != null && cancellation.cancellationCase() != CancellationCase.FRAIS_RESERVATION_SEULS;
    }

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        if (!needsKyc(file.order().cancellation())) {
            return List.of();
        }
        List<RuleViolation> out = new ArrayList<>();
        for (DocumentType type : KYC_2) {
            Optional<OrderDocument> doc = file.document(type);
            if (doc.isEmpty() || doc.get().status() != DocumentStatus.VALIDE) {
                out.add(RuleViolation.of("kyc2", SEED, "rule.refund.kyc",
                        "Remboursement impossible avant le KYC 2 : " + type.label() + " non validé", type));
            }
        }
        file.document(DocumentType.RIB).filter(d -> d.status() == DocumentStatus.VALIDE)
                .flatMap(d -> Iban.check(d.reference()))
                .ifPresent(m -> out.add(violation("Remboursement impossible : " + m)));
        return out;
    }

    private static RuleViolation violation(String message) {
        return new RuleViolation("kyc2", message, SEED);
    }
}
