package fr.cession.domain.dossier;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.contact.Agreement;
import fr.cession.domain.contact.ContactReport;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.Payment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An order with everything that hangs off it (the "fiche commande"): the unit the workflow
 * reads, changes and saves in one transaction. Deleted rows are not part of it.
 */
public record OrderFile(
        Order order,
        List<Activity> activities,
        List<ChecklistItem> items,
        List<OrderDocument> documents,
        List<Payment> payments,
        List<ApprovalRequest> approvals,
        List<ContactReport> contacts,
        List<Agreement> agreements,
        List<AfterSaleCase> afterSale) {

    public OrderFile {
        Objects.requireNonNull(order, "order");
        activities = List.copyOf(activities);
        items = List.copyOf(items);
        documents = List.copyOf(documents);
        payments = List.copyOf(payments);
        approvals = List.copyOf(approvals);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        afterSale = afterSale == null ? List.of() : List.copyOf(afterSale);
    }

    /** A file without contact reports, agreement nor after-sale case (as most code builds one). */
    public OrderFile(Order order, List<Activity> activities, List<ChecklistItem> items, List<OrderDocument> documents,
                     List<Payment> payments, List<ApprovalRequest> approvals) {
        this(order, activities, items, documents, payments, approvals, List.of(), List.of(), List.of());
    }

    public static OrderFile of(Order order) {
        return new OrderFile(order, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public UUID orderId() {
        return order.id();
    }

    public List<ChecklistItem> itemsOf(UUID activityId) {
        return items.stream().filter(i -> i.activityId().equals(activityId))
                .sorted(Comparator.comparingInt(ChecklistItem::position)).toList();
    }

    public Optional<Activity> activity(String typeCode) {
        return activities.stream().filter(a -> a.typeCode().equals(typeCode)).findFirst();
    }

    public Optional<OrderDocument> document(DocumentType type) {
        return documents.stream().filter(d -> d.type() == type).findFirst();
    }

    /** The checklist line with this playbook code, in whichever activity of the order holds it. */
    public Optional<ChecklistItem> item(String lineCode) {
        return items.stream().filter(i -> i.lineCode().equals(lineCode)).findFirst();
    }

    public OrderFile withOrder(Order newOrder) {
        return new OrderFile(newOrder, activities, items, documents, payments, approvals, contacts, agreements, afterSale);
    }

    public OrderFile withActivity(Activity a) {
        return new OrderFile(order, upsert(activities, a, Activity::id), items, documents, payments, approvals,
                contacts, agreements, afterSale);
    }

    public OrderFile withItem(ChecklistItem i) {
        return new OrderFile(order, activities, upsert(items, i, ChecklistItem::id), documents, payments, approvals,
                contacts, agreements, afterSale);
    }

    public OrderFile withDocument(OrderDocument d) {
        return new OrderFile(order, activities, items, upsert(documents, d, OrderDocument::id), payments, approvals,
                contacts, agreements, afterSale);
    }

    public OrderFile withPayment(Payment p) {
        return new OrderFile(order, activities, items, documents, upsert(payments, p, Payment::id), approvals,
                contacts, agreements, afterSale);
    }

    public OrderFile withApproval(ApprovalRequest a) {
        return new OrderFile(order, activities, items, documents, payments, upsert(approvals, a, ApprovalRequest::id),
                contacts, agreements, afterSale);
    }

    public OrderFile withoutPayment(UUID paymentId) {
        return new OrderFile(order, activities, items, documents, remove(payments, p -> p.id().equals(paymentId)),
                approvals, contacts, agreements, afterSale);
    }

    public OrderFile withContact(ContactReport r) {
        return new OrderFile(order, activities, items, documents, payments, approvals,
                upsert(contacts, r, ContactReport::id), agreements, afterSale);
    }

    /** The order's one agreement, put in place or replaced. */
    public OrderFile withAgreement(Agreement a) {
        return new OrderFile(order, activities, items, documents, payments, approvals, contacts, List.of(a), afterSale);
    }

    /** The terms agreed with the customer, once recorded. */
    public Optional<Agreement> agreement() {
        return agreements.stream().findFirst();
    }

    public OrderFile withAfterSale(AfterSaleCase c) {
        return new OrderFile(order, activities, items, documents, payments, approvals, contacts, agreements,
                upsert(afterSale, c, AfterSaleCase::id));
    }

    public Optional<AfterSaleCase> afterSaleCase(UUID id) {
        return afterSale.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static <T> List<T> upsert(List<T> list, T value, Function<T, UUID> id) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        boolean replaced = false;
        for (T t : list) {
            if (id.apply(t).equals(id.apply(value))) {
                copy.add(value);
                replaced = true;
            } else {
                copy.add(t);
            }
        }
        if (!replaced) {
            copy.add(value);
        }
        return copy;
    }

    private static <T> List<T> remove(List<T> list, Predicate<T> which) {
        return list.stream().filter(which.negate()).toList();
    }
}
