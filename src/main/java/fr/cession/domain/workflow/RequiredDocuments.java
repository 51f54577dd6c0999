package fr.cession.domain.workflow;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.rules.RefundPrerequisites;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Puts every document the order needs on its file as MANQUANT as soon as it becomes required, so
 * the advisor sees what to chase (004:30 "Vérification des documents reçu et relance si besoin").
 */
final class RequiredDocuments {

    private final Playbook playbook;
    private final Supplier<UUID> ids;

    RequiredDocuments(Playbook playbook, Supplier<UUID> ids) {
        this.playbook = playbook;
        this.ids = ids;
    }

    OrderFile addMissing(OrderFile file) {
        List<DocumentType> needed = new ArrayList<>(playbook.requiredDocuments(file));
        if (RefundPrerequisites.needsKyc(file.order().cancellation())) {
            // 004:67-69: the refund cannot happen without them, whatever the playbook lists.
            needed.addAll(RefundPrerequisites.KYC_2);
        }
        OrderFile out = file;
        for (DocumentType type : needed) {
            if (out.document(type).isEmpty()) {
                out = out.withDocument(OrderDocument.missing(ids.get(), file.orderId(), type));
            }
        }
        return out;
    }
}
