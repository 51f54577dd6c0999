package fr.cession.store.dossier;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.contact.Agreement;
import fr.cession.domain.contact.ContactReport;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.payment.Payment;

import java.util.Comparator;
import java.util.List;

/**
 * The one order in which a stored file lists its parts (the tables keep none): activities by
 * deadline, checklist lines by activity and position, paperwork by kind. Loading and replaying
 * the history both use it, so the same rows always give the same file.
 */
final class OrderFileOrdering {

    private static final Comparator<Activity> ACTIVITIES = Comparator.comparing(Activity::dueAt)
            .thenComparing(Activity::typeCode).thenComparing(Activity::id);
    private static final Comparator<ChecklistItem> ITEMS = Comparator.comparing(ChecklistItem::activityId)
            .thenComparingInt(ChecklistItem::position).thenComparing(ChecklistItem::id);
    private static final Comparator<OrderDocument> DOCUMENTS = Comparator.comparing(OrderDocument::type)
            .thenComparing(OrderDocument::id);
    private static final Comparator<Payment> PAYMENTS = Comparator.comparing(Payment::kind)
            .thenComparing(Payment::id);
    private static final Comparator<ApprovalRequest> APPROVALS = Comparator
            .comparing(ApprovalRequest::requestedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ApprovalRequest::id);

    private static final Comparator<ContactReport> CONTACTS = Comparator.comparing(ContactReport::contactAt)
            .thenComparing(ContactReport::id);
    private static final Comparator<Agreement> AGREEMENTS = Comparator.comparing(Agreement::id);

    private OrderFileOrdering() {
    }

    static OrderFile sorted(OrderFile f) {
        return new OrderFile(f.order(), sort(f.activities(), ACTIVITIES), sort(f.items(), ITEMS),
                sort(f.documents(), DOCUMENTS), sort(f.payments(), PAYMENTS), sort(f.approvals(), APPROVALS),
                sort(f.contacts(), CONTACTS), sort(f.agreements(), AGREEMENTS), sort(f.afterSale(), AFTER_SALE));
    }

    /** Oldest case first, as the buyer raised them. */
    private static final Comparator<fr.cession.domain.aftersale.AfterSaleCase> AFTER_SALE = Comparator.comparing(
            (fr.cession.domain.aftersale.AfterSaleCase c) -> c.openedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.id());

    private static <T> List<T> sort(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }
}
