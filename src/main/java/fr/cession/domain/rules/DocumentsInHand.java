package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Documents a transition requires in hand (received or validated), e.g. 004:50 "Ne pas passer le
 * VH en vendu si pas de doc (Bon de remise, Cerfa)".
 */
public final class DocumentsInHand {

    public static final String CODE = "document_manquant";

    /** @param seedRef where the playbook states the requirement, e.g. "004:50" */
    public List<RuleViolation> check(OrderFile file, OrderStatus target, List<DocumentType> types, String seedRef) {
        List<RuleViolation> out = new ArrayList<>();
        for (DocumentType type : types) {
            Optional<OrderDocument> doc = file.document(type);
            if (doc.isPresent() && doc.get().status().inHand()) {
                continue;
            }
            boolean refused = doc.isPresent() && doc.get().status() == DocumentStatus.REFUSE;
            String state = refused ? "refusé" : "manquant";
            out.add(RuleViolation.of(CODE, seedRef, refused ? "rule.document.refusedFor" : "rule.document.missingFor",
                    "Passage en " + target.label() + " impossible : " + type.label() + " " + state, target, type));
        }
        return out;
    }
}
