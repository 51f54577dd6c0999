package fr.cession.ui.conflict;

import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.sync.protocol.OpenConflict;
import fr.cession.ui.i18n.FieldTexts;
import fr.cession.ui.i18n.Messages;

import java.util.Optional;

/**
 * What a conflict is about, named as the order file names it: the activity's title, the line's
 * label, the document's type. Empty for the order itself (its number is said anyway) or for a
 * row the file no longer holds.
 */
final class ConflictSubjects {

    private ConflictSubjects() {
    }

    static Optional<String> of(OpenConflict c, Optional<OrderFile> file, Messages m) {
        Optional<EntityKind> kind = FieldTexts.kindOf(c.entity());
        if (file.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        OrderFile f = file.get();
        return switch (kind.get()) {
            case COMMANDE -> Optional.empty();
            case ACTIVITE -> f.activities().stream().filter(a -> a.id().equals(c.entityId())).findFirst()
                    .map(a -> a.title());
            case LIGNE_CHECKLIST -> f.items().stream().filter(i -> i.id().equals(c.entityId())).findFirst()
                    .map(i -> i.label());
            case DOCUMENT -> f.documents().stream().filter(d -> d.id().equals(c.entityId())).findFirst()
                    .map(d -> m.label(d.type()));
            case PAIEMENT -> f.payments().stream().filter(p -> p.id().equals(c.entityId())).findFirst()
                    .map(p -> m.label(p.kind()));
            case APPROBATION -> f.approvals().stream().filter(a -> a.id().equals(c.entityId())).findFirst()
                    .map(a -> m.label(a.kind()));
            case CONTACT -> f.contacts().stream().filter(r -> r.id().equals(c.entityId())).findFirst()
                    .map(r -> m.label(r.channel()));
            case ACCORD -> Optional.empty();
            case APRES_VENTE -> f.afterSale().stream().filter(a -> a.id().equals(c.entityId())).findFirst()
                    .map(a -> m.label(a.kind()));
        };
    }
}
