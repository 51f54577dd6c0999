package fr.cession.ui.customer;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.contact.ContactReport;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.Payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Everything about one customer across their orders, in one place (seed 002): orders, contact
 * reports, documents, payments and what is wrong (late activities, refused documents, requests
 * waiting for the manager). Every row names the order it belongs to, so it opens that order.
 */
public record CustomerPage(String name, String contact, List<OrderRow> orders, List<Row<ContactReport>> contacts,
                           List<Row<OrderDocument>> documents, List<Row<Payment>> payments, List<Problem> problems) {

    public record OrderRow(UUID orderId, Order order) {
    }

    public record Row<T>(UUID orderId, String orderNumber, T item) {
    }

    /** Why a row is among the problems. */
    public enum ProblemKind {
        ACTIVITE_EN_RETARD, DOCUMENT_REFUSE, DEMANDE_EN_ATTENTE
    }

    /** @param what an activity's title, a document's type or a request's kind */
    public record Problem(UUID orderId, String orderNumber, ProblemKind kind, Object what, Instant since) {
    }

    /** @param files the customer's orders, the one the page was opened from first */
    public static CustomerPage of(List<OrderFile> files, Instant now) {
        Order first = files.get(0).order();
        String contact = join(first.customer().email(), first.customer().phone());
        List<OrderRow> orders = new ArrayList<>();
        List<Row<ContactReport>> contacts = new ArrayList<>();
        List<Row<OrderDocument>> documents = new ArrayList<>();
        List<Row<Payment>> payments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (OrderFile f : files) {
            UUID id = f.orderId();
            String number = f.order().number();
            orders.add(new OrderRow(id, f.order()));
            f.contacts().forEach(c -> contacts.add(new Row<>(id, number, c)));
            f.documents().forEach(d -> documents.add(new Row<>(id, number, d)));
            f.payments().forEach(p -> payments.add(new Row<>(id, number, p)));
            for (Activity a : f.activities()) {
                if (a.isOpen() && a.dueAt().isBefore(now)) {
                    problems.add(new Problem(id, number, ProblemKind.ACTIVITE_EN_RETARD, a.title(), a.dueAt()));
                }
            }
            for (OrderDocument d : f.documents()) {
                if (d.status() == DocumentStatus.REFUSE) {
                    problems.add(new Problem(id, number, ProblemKind.DOCUMENT_REFUSE, d.type(),
                            d.meta().modifiedAt()));
                }
            }
            for (ApprovalRequest r : f.approvals()) {
                if (r.status() == ApprovalStatus.DEMANDEE) {
                    problems.add(new Problem(id, number, ProblemKind.DEMANDE_EN_ATTENTE, r.kind(),
                            r.requestedAt()));
                }
            }
        }
        contacts.sort(Comparator.comparing((Row<ContactReport> r) -> r.item().contactAt()).reversed());
        problems.sort(Comparator.comparing(Problem::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return new CustomerPage(first.customer().displayName(), contact, orders, contacts, documents, payments,
                problems);
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (a != null && b != null ? " · " : "") + (b == null ? "" : b);
    }
}
