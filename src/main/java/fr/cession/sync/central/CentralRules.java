package fr.cession.sync.central;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.OrderStatus;
import fr.cession.sync.tables.SyncedTables;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.ORDER_DOCUMENT;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * Rules the central database enforces on every pushed change, whatever the desktop checked:
 * a desktop may run an old version, or two desktops may each make a valid change whose
 * combination is not.
 */
final class CentralRules {

    /** 004:50 "Ne pas passer le VH en vendu si pas de doc (Bon de remise, Cerfa)". */
    static final List<DocumentType> SALE_DOCUMENTS = List.of(DocumentType.BON_DE_REMISE, DocumentType.CERFA_CESSION);

    private CentralRules() {
    }

    /** The reason (French, for the user) the resulting row is refused, if it is. */
    static Optional<String> check(DSLContext tx, String table, Map<String, String> before, Map<String, String> after) {
        if ("sales_order".equals(table)) {
            return checkSale(tx, before, after);
        }
        if (before == null && after.containsKey("order_id") && !SyncedTables.CONFLICT.equals(table)) {
            return checkParents(tx, after);
        }
        return Optional.empty();
    }

    /** Desktops keep foreign keys: a row whose order (or activity) never reached the centre could not be pulled. */
    private static Optional<String> checkParents(DSLContext tx, Map<String, String> after) {
        UUID orderId = UUID.fromString(after.get("order_id"));
        if (!tx.fetchExists(SALES_ORDER, SALES_ORDER.ID.eq(orderId))) {
            return Optional.of("La commande de cet enregistrement n'existe pas sur la base centrale"
                    + " (sa création a pu être refusée) : création ignorée.");
        }
        String activityId = after.get("activity_id");
        if (activityId != null && !tx.fetchExists(ACTIVITY, ACTIVITY.ID.eq(UUID.fromString(activityId)))) {
            return Optional.of("L'activité de cette ligne de checklist n'existe pas sur la base centrale : création ignorée.");
        }
        return Optional.empty();
    }

    private static Optional<String> checkSale(DSLContext tx, Map<String, String> before, Map<String, String> after) {
        String vendue = OrderStatus.VENDUE.name();
        boolean entering = vendue.equals(after.get("status"))
                && (before == null || !vendue.equals(before.get("status")));
        if (!entering) {
            return Optional.empty();
        }
        UUID orderId = UUID.fromString(after.get("id"));
        Set<DocumentType> inHand = EnumSet.noneOf(DocumentType.class);
        tx.select(ORDER_DOCUMENT.DOC_TYPE, ORDER_DOCUMENT.STATUS).from(ORDER_DOCUMENT)
                .where(ORDER_DOCUMENT.ORDER_ID.eq(orderId)).and(ORDER_DOCUMENT.DELETED.isFalse())
                .forEach(r -> {
                    if (DocumentStatus.valueOf(r.value2()).inHand()) {
                        inHand.add(DocumentType.valueOf(r.value1()));
                    }
                });
        List<DocumentType> missing = new ArrayList<>(SALE_DOCUMENTS);
        missing.removeAll(inHand);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String names = missing.stream().map(DocumentType::label).collect(Collectors.joining(", "));
        return Optional.of("Passage en vendu refusé pour la commande " + after.get("number")
                + " : document(s) manquant(s) : " + names
                + ". Ne pas passer le véhicule en vendu sans le bon de remise et le Cerfa de cession.");
    }
}
