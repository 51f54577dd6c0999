package fr.cession.ui.order;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.audit.Change;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.user.Role;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The order file: what the order is, its open activities and checklists, documents, payments
 * and history, and the actions on it. A refused action is never silently disabled: the reasons
 * stay on screen next to the action, and trying it anyway shows them in an alert.
 */
public final class OrderFileViewModel {

    /** An activity with its checklist lines, in playbook order. */
    public record ActivityRow(Activity activity, List<ChecklistItem> items) {
        public long done() {
            return items.stream().filter(ChecklistItem::checked).count();
        }
    }

    private final UiContext ctx;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<OrderFile> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ActivityRow> activities = FXCollections.observableArrayList();
    // one read-only view per list: the view's listeners hang on it, and a wrapper made per call would be collected
    private final ObservableList<ActivityRow> activitiesView = FXCollections.unmodifiableObservableList(activities);
    private final ObservableList<OrderDocument> documents = FXCollections.observableArrayList();
    private final ObservableList<OrderDocument> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ObservableList<Payment> payments = FXCollections.observableArrayList();
    private final ObservableList<Payment> paymentsView = FXCollections.unmodifiableObservableList(payments);
    private final ObservableList<Change> history = FXCollections.observableArrayList();
    private final ObservableList<Change> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<ApprovalRequest> approvals = FXCollections.observableArrayList();
    private final ObservableList<ApprovalRequest> approvalsView = FXCollections.unmodifiableObservableList(approvals);
    private final ObservableList<String> blockers = FXCollections.observableArrayList();
    private final ObservableList<String> blockersView = FXCollections.unmodifiableObservableList(blockers);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private UUID orderId;

    /** @param changed called after every successful action, so the board and "Ma journée" read again */
    public OrderFileViewModel(UiContext ctx, Runnable changed) {
        this.ctx = ctx;
        this.changed = changed;
    }

    // ---- properties

    public ReadOnlyObjectProperty<OrderFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObservableList<ActivityRow> activities() {
        return activitiesView;
    }

    public ObservableList<OrderDocument> documents() {
        return documentsView;
    }

    public ObservableList<Payment> payments() {
        return paymentsView;
    }

    public ObservableList<Change> history() {
        return historyView;
    }

    /** Requests only a manager decides, newest first. */
    public ObservableList<ApprovalRequest> approvals() {
        return approvalsView;
    }

    /** Only a manager approves or refuses (004:26, 004:53, 004:63). */
    public boolean canDecide() {
        return ctx.actor().role() == Role.MANAGER;
    }

    /** What may be asked of a manager from this order: moving credit funds only for a credit. */
    public List<ApprovalKind> requestableApprovals() {
        OrderFile f = file.get();
        if (f == null || f.order().status().terminal()) {
            return List.of();
        }
        return f.order().isCredit() ? List.of(ApprovalKind.TRANSFERT_FONDS_CREDIT, ApprovalKind.REMBOURSEMENT)
                : List.of(ApprovalKind.REMBOURSEMENT);
    }

    /** Why the next status is refused now, in French, as the workflow says it. */
    public ObservableList<String> blockers() {
        return blockersView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Optional<OrderStatus> nextStatus() {
        OrderFile f = file.get();
        return f == null ? Optional.empty() : Optional.ofNullable(f.order().status().next());
    }

    // ---- commands

    public void load(UUID id) {
        this.orderId = id;
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> read(id))
                .onSuccess(this::show)
                .onFailure(e -> ctx.dialogs().showError(m().get("order.error.load"), message(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void advance() {
        if (!blockers.isEmpty()) {
            ctx.dialogs().showError(m().get("order.advance.refused"), String.join("\n", blockers));
            return;
        }
        perform(() -> ctx.actions().advance(orderId, ctx.actor()));
    }

    public void toggle(ChecklistItem item) {
        if (item.checked()) {
            perform(() -> ctx.actions().untick(orderId, item.id(), ctx.actor()));
        } else {
            perform(() -> ctx.actions().tick(orderId, item.id(), ctx.actor()));
        }
    }

    public void setHandoverDate() {
        Order o = order();
        String initial = o.handoverAt() == null ? "" : fmt().dateTime(o.handoverAt());
        ctx.dialogs().askText(m().get("order.handover.title"), m().get("order.handover.prompt"), initial)
                .ifPresent(text -> Formats.parseDateTime(text).ifPresentOrElse(
                        at -> perform(() -> ctx.actions().setHandoverDate(orderId, at, ctx.actor())),
                        () -> ctx.dialogs().showError(m().get("order.handover.title"),
                                m().get("order.handover.invalid", text))));
    }

    public void recordPayment() {
        List<PaymentKind> kinds = Arrays.asList(PaymentKind.values());
        ctx.dialogs().choose(m().get("order.payment.title"), m().get("order.payment.kind"), kinds, m()::label)
                .ifPresent(kind -> ctx.dialogs().askText(m().get("order.payment.title"),
                                m().get("order.payment.amount"), "")
                        .ifPresent(text -> {
                            Optional<BigDecimal> amount = Formats.parseAmount(text)
                                    .filter(a -> a.signum() > 0);
                            if (amount.isEmpty()) {
                                ctx.dialogs().showError(m().get("order.payment.title"),
                                        m().get("order.payment.invalid", text));
                                return;
                            }
                            // funds in the account now, or a transfer order whose funds are confirmed later
                            ctx.dialogs().choose(m().get("order.payment.title"), m().get("order.payment.when"),
                                            List.of(true, false), r -> m().get(r ? "order.payment.receivedNow"
                                                    : "order.payment.announcedNow"))
                                    .ifPresent(received -> perform(() -> ctx.actions().recordPayment(orderId, kind,
                                            amount.get(), received, ctx.actor())));
                        }));
    }

    /** The funds of an announced payment arrived. */
    public void confirmReceived(Payment payment) {
        perform(() -> ctx.actions().confirmPaymentReceived(orderId, payment.id(), ctx.actor()));
    }

    /** Closes an open activity; the workflow refuses while its checklist is incomplete. */
    public void complete(ActivityRow row) {
        perform(() -> ctx.actions().completeActivity(orderId, row.activity().id(), ctx.actor()));
    }

    /** "Demander au manager": a refund (with its amount) or moving the credit funds (004:53). */
    public void requestApproval(ApprovalKind kind) {
        String title = m().get("approval.request.title", m().label(kind));
        BigDecimal amount = null;
        if (kind == ApprovalKind.REMBOURSEMENT) {
            Optional<String> text = ctx.dialogs().askText(title, m().get("approval.request.amount"), "");
            if (text.isEmpty()) {
                return;
            }
            Optional<BigDecimal> parsed = Formats.parseAmount(text.get()).filter(a -> a.signum() > 0);
            if (parsed.isEmpty()) {
                ctx.dialogs().showError(title, m().get("order.payment.invalid", text.get()));
                return;
            }
            amount = parsed.get();
        }
        BigDecimal asked = amount;
        ctx.dialogs().askText(title, m().get("approval.request.detail"), "")
                .ifPresent(detail -> perform(() -> ctx.actions().requestApproval(orderId, kind, asked,
                        detail.isBlank() ? null : detail.trim(), ctx.actor())));
    }

    /** A manager's decision; anyone else is told why not, and the workflow would refuse anyway. */
    public void decide(ApprovalRequest request, boolean approve) {
        if (!canDecide()) {
            ctx.dialogs().showError(m().get("approval.decide.title"), m().get("approval.managerOnly"));
            return;
        }
        perform(() -> ctx.actions().decideApproval(orderId, request.id(), approve, ctx.actor()));
    }

    /** Only its requester takes back a request, and only while no manager has decided it. */
    public boolean canWithdraw(ApprovalRequest request) {
        return request.status().pending() && ctx.actor().login().equals(request.requestedBy());
    }

    /** "Retirer ma demande"; the workflow refuses a decided request or someone else's. */
    public void withdraw(ApprovalRequest request) {
        perform(() -> ctx.actions().withdrawApproval(orderId, request.id(), ctx.actor()));
    }

    public void markReceived(OrderDocument doc) {
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
        ctx.dialogs().askText(m().get("order.document.received.title"), m().get("order.document.issued",
                        m().label(doc.type())), fmt().date(today))
                .ifPresent(text -> Formats.parseDate(text).ifPresentOrElse(
                        issued -> perform(() -> ctx.actions().markDocumentReceived(orderId, doc.type(), issued,
                                ctx.actor())),
                        () -> ctx.dialogs().showError(m().get("order.document.received.title"),
                                m().get("order.date.invalid", text))));
    }

    public void validate(OrderDocument doc) {
        if (doc.status() != DocumentStatus.RECU) {
            ctx.dialogs().showError(m().get("order.document.validate"),
                    m().get("order.document.notReceived", m().label(doc.type())));
            return;
        }
        perform(() -> ctx.actions().validateDocument(orderId, doc.type(), ctx.actor()));
    }

    public void refuse(OrderDocument doc) {
        ctx.dialogs().askText(m().get("order.document.refuse"), m().get("order.document.refuse.reason",
                        m().label(doc.type())), "")
                .ifPresent(reason -> {
                    if (reason.isBlank()) {
                        ctx.dialogs().showError(m().get("order.document.refuse"),
                                m().get("order.document.refuse.reasonMissing"));
                        return;
                    }
                    perform(() -> ctx.actions().refuseDocument(orderId, doc.type(), reason.trim(), ctx.actor()));
                });
    }

    public void cancel() {
        if (!order().status().cancellable()) {
            ctx.dialogs().showError(m().get("order.cancel.title"),
                    m().get("order.cancel.notCancellable", m().label(order().status())));
            return;
        }
        ctx.dialogs().choose(m().get("order.cancel.title"), m().get("order.cancel.case"),
                        Arrays.asList(CancellationCase.values()), m()::label)
                .ifPresent(c -> ctx.dialogs().askText(m().get("order.cancel.title"), m().get("order.cancel.reason"), "")
                        .ifPresent(reason -> {
                            if (reason.isBlank()) {
                                ctx.dialogs().showError(m().get("order.cancel.title"),
                                        m().get("order.cancel.reasonMissing"));
                                return;
                            }
                            perform(() -> ctx.actions().cancel(orderId, c, reason.trim(), ctx.actor()));
                        }));
    }

    // ---- helpers

    private Loaded read(UUID id) {
        OrderFile f = ctx.orders().load(id).orElseThrow(() -> new IllegalStateException(
                m().get("order.error.notFound")));
        List<Change> h = ctx.orders().history(id);
        List<String> b = f.order().status().terminal() ? List.of() : ctx.actions().blockers(id);
        return new Loaded(f, h, b);
    }

    private record Loaded(OrderFile file, List<Change> history, List<String> blockers) {
    }

    private void show(Loaded l) {
        OrderFile f = l.file();
        activities.setAll(f.activities().stream().filter(Activity::isOpen)
                .sorted(Comparator.comparing(Activity::dueAt))
                .map(a -> new ActivityRow(a, f.itemsOf(a.id()))).toList());
        documents.setAll(f.documents().stream().sorted(Comparator.comparing(OrderDocument::type)).toList());
        payments.setAll(f.payments());
        approvals.setAll(f.approvals().stream()
                .sorted(Comparator.comparing(ApprovalRequest::requestedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList());
        history.setAll(l.history());
        blockers.setAll(l.blockers());
        file.set(f);
    }

    private void perform(Runnable action) {
        UUID id = orderId;
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> {
                    action.run();
                    return read(id);
                })
                .onSuccess(l -> {
                    show(l);
                    changed.run();
                })
                .onFailure(e -> {
                    ctx.dialogs().showError(m().get("order.action.refused"), message(e));
                    load(id);
                })
                .onFinished(() -> busy.set(false)));
    }

    private static String message(Throwable e) {
        return Refusals.message(e);
    }

    private Order order() {
        return file.get().order();
    }

    private Messages m() {
        return ctx.messages();
    }

    private Formats fmt() {
        return ctx.formats();
    }
}
