package fr.cession.ui.customer;

import fr.cession.domain.contact.ContactReport;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.payment.Payment;
import fr.cession.ui.UiContext;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The customer's page (seed 002): read off the FX thread from the orders sharing the customer's
 * e-mail or phone, then shown as lines a person reads, each opening its order.
 */
public final class CustomerPageViewModel {

    /** One line of a section, with the order it opens. */
    public record Line(UUID orderId, String text) {
    }

    private final UiContext ctx;
    private final Messages m;
    private final Formats f;
    private final Consumer<UUID> openOrder;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<Line> orders = FXCollections.observableArrayList();
    private final ObservableList<Line> contacts = FXCollections.observableArrayList();
    private final ObservableList<Line> documents = FXCollections.observableArrayList();
    private final ObservableList<Line> payments = FXCollections.observableArrayList();
    private final ObservableList<Line> problems = FXCollections.observableArrayList();

    public CustomerPageViewModel(UiContext ctx, Consumer<UUID> openOrder) {
        this.ctx = ctx;
        this.m = ctx.messages();
        this.f = ctx.formats();
        this.openOrder = openOrder;
    }

    /** Reads the customer of this order and their other orders. */
    public void load(UUID orderId) {
        loading.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> read(orderId)).onSuccess(page -> {
            show(page);
            loading.set(false);
        }).onFailure(e -> {
            loading.set(false);
            ctx.dialogs().showError(m.get("customer.title"), e.getMessage());
        }));
    }

    private CustomerPage read(UUID orderId) {
        List<UUID> ids = new ArrayList<>(ctx.orders().sameCustomer(orderId));
        ids.remove(orderId);
        ids.add(0, orderId);
        List<OrderFile> files = ids.stream().map(ctx.orders()::load).flatMap(Optional::stream).toList();
        return CustomerPage.of(files, ctx.clock().instant());
    }

    /** Fills the sections from a page already read (tests give one directly). */
    public void show(CustomerPage page) {
        title.set(m.get("customer.heading", page.name(), page.contact()));
        orders.setAll(page.orders().stream().map(o -> new Line(o.orderId(), m.get("customer.order",
                o.order().number(), m.label(o.order().status()), o.order().vehicle().displayName(),
                f.date(o.order().reservedOn()), f.amount(o.order().vehicle().price())))).toList());
        contacts.setAll(page.contacts().stream().map(r -> new Line(r.orderId(), contact(r.orderNumber(), r.item())))
                .toList());
        documents.setAll(page.documents().stream().map(r -> new Line(r.orderId(), document(r.orderNumber(),
                r.item()))).toList());
        payments.setAll(page.payments().stream().map(r -> new Line(r.orderId(), payment(r.orderNumber(), r.item())))
                .toList());
        problems.setAll(page.problems().stream().map(p -> new Line(p.orderId(), m.get(problemKey(p.kind()), p.orderNumber(), p.what() instanceof Enum<?> e ? m.label(e) : String.valueOf(p.what()),
                p.since() == null ? "" : f.dateTime(p.since())))).toList());
    }

    private static String problemKey(CustomerPage.ProblemKind kind) {
        return switch (kind) {
            case ACTIVITE_EN_RETARD -> "customer.problem.late";
            case DOCUMENT_REFUSE -> "customer.problem.refused";
            case DEMANDE_EN_ATTENTE -> "customer.problem.waiting";
        };
    }

    private String contact(String number, ContactReport c) {
        String who = c.author() == null ? "" : c.author();
        if (c.isFollowUpCall()) {
            return m.get("customer.contact.followUp", number, f.dateTime(c.contactAt()), who, m.label(c.outcome()),
                    c.rating() == null ? m.get("customer.contact.noRating") : m.get("customer.contact.rating",
                            c.rating()), c.customerComment() == null ? "" : c.customerComment());
        }
        return m.get("customer.contact", number, f.dateTime(c.contactAt()), m.label(c.channel()),
                m.label(c.subject()), who, c.account() == null ? "" : c.account());
    }

    private String document(String number, OrderDocument d) {
        return m.get("customer.document", number, m.label(d.type()), m.label(d.status()));
    }

    private String payment(String number, Payment p) {
        return m.get("customer.payment", number, m.label(p.kind()), f.amount(p.amount()), m.label(p.method()),
                p.receivedAt() == null ? m.get("customer.payment.announced") : m.get("customer.payment.received",
                        f.dateTime(p.receivedAt())));
    }

    /** Opens the order a line belongs to. */
    public void open(Line line) {
        if (line != null) {
            openOrder.accept(line.orderId());
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<Line> orders() {
        return orders;
    }

    public ObservableList<Line> contacts() {
        return contacts;
    }

    public ObservableList<Line> documents() {
        return documents;
    }

    public ObservableList<Line> payments() {
        return payments;
    }

    public ObservableList<Line> problems() {
        return problems;
    }
}
