package fr.cession.store.dossier;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.audit.ActivityFields;
import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.ContactFields;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.audit.OrderFields;
import fr.cession.domain.audit.PaperworkFields;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.row.RowMeta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Rebuilds an order file from its history alone: each change's new field values applied in log
 * order to an empty row per entity. That the result equals the stored file is what makes the
 * change log a faithful audit trail and a sufficient sync feed.
 */
public final class HistoryReplay {

    private HistoryReplay() {
    }

    /** @return empty when the history holds no live order */
    public static Optional<OrderFile> replay(List<Change> history) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        for (Change c : history) {
            Row row = rows.computeIfAbsent(c.entityId(), id -> new Row(c.entity()));
            for (FieldChange f : c.fields()) {
                row.fields.put(f.field(), f.newValue());
            }
            row.meta = new RowMeta(c.newVersion(), c.at(), c.by(), c.site(), c.kind() == ChangeKind.SUPPRESSION);
        }
        Order order = null;
        var activities = new ArrayList<Activity>();
        var items = new ArrayList<ChecklistItem>();
        var documents = new ArrayList<OrderDocument>();
        var payments = new ArrayList<Payment>();
        var approvals = new ArrayList<ApprovalRequest>();
        var contacts = new ArrayList<fr.cession.domain.contact.ContactReport>();
        var agreements = new ArrayList<fr.cession.domain.contact.Agreement>();
        var afterSale = new ArrayList<fr.cession.domain.aftersale.AfterSaleCase>();
        for (Map.Entry<UUID, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            if (r.meta.deleted()) {
                continue;
            }
            UUID id = e.getKey();
            switch (r.kind) {
                case COMMANDE -> order = OrderFields.from(id, r.fields, r.meta);
                case ACTIVITE -> activities.add(ActivityFields.activity(id, r.fields, r.meta));
                case LIGNE_CHECKLIST -> items.add(ActivityFields.item(id, r.fields, r.meta));
                case DOCUMENT -> documents.add(PaperworkFields.document(id, r.fields, r.meta));
                case PAIEMENT -> payments.add(PaperworkFields.payment(id, r.fields, r.meta));
                case APPROBATION -> approvals.add(PaperworkFields.approval(id, r.fields, r.meta));
                case CONTACT -> contacts.add(ContactFields.report(id, r.fields, r.meta));
                case ACCORD -> agreements.add(ContactFields.agreement(id, r.fields, r.meta));
                case APRES_VENTE -> afterSale.add(fr.cession.domain.audit.AfterSaleFields.afterSale(id, r.fields,
                        r.meta));
            }
        }
        if (order == null) {
            return Optional.empty();
        }
        return Optional.of(OrderFileOrdering.sorted(
                new OrderFile(order, activities, items, documents, payments, approvals, contacts, agreements, afterSale)));
    }

    private static final class Row {
        final EntityKind kind;
        final Map<String, String> fields = new HashMap<>();
        RowMeta meta;

        Row(EntityKind kind) {
            this.kind = kind;
        }
    }
}
