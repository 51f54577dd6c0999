package fr.cession.ui.order;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.audit.Change;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;
import fr.cession.domain.agenda.AgendaQueries;
import fr.cession.ui.UiContext;
import fr.cession.ui.agenda.InspectorBooking;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.order.form.OrderForm;
import fr.cession.ui.papers.PaperDesk;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The order file: what the order is, its open activities and checklists, documents, payments
 * and history, and the actions on it. A refused action is never silently disabled: the reasons
 * stay on screen next to the action, and trying it anyway shows them in an alert. Entry goes
 * through in-place forms ({@link OrderFileForms}), whose refusals come back next to their fields.
 * Every command returns the saved file: after it only the history and the blockers are read.
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
    private final OrderFileForms forms;
    private final OrderPapers papers;
    private final OrderInspectorViewModel inspector;
    private UUID orderId;

    /** @param changed called after every successful action, so the board and "Ma journée" read again */
    public OrderFileViewModel(UiContext ctx, Runnable changed) {
        this(ctx, changed, PaperDesk.NONE);
    }

    /** @param desk the PDFs of the order and where they go (none: no paper is offered) */
    public OrderFileViewModel(UiContext ctx, Runnable changed, PaperDesk desk) {
        this(ctx, changed, desk, AgendaQueries.NONE);
    }

    /** @param agenda the inspectors and their bookings, for the hand-over's inspector (004:50) */
    public OrderFileViewModel(UiContext ctx, Runnable changed, PaperDesk desk, AgendaQueries agenda) {
        this.ctx = ctx;
        this.changed = changed;
        this.forms = new OrderFileForms(ctx, file::get, this::submit);
        this.papers = new OrderPapers(ctx, desk, file::get, busy::set, forms::tell);
        this.inspector = new OrderInspectorViewModel(ctx, new InspectorBooking(ctx, agenda),
                file.getReadOnlyProperty(), this::load, changed, forms::tell);
    }

    /** The hand-over's inspector and their double bookings. */
    public OrderInspectorViewModel inspector() {
        return inspector;
    }

    /** The order's papers: order form, hand-over checklist, refund request. */
    public OrderPapers papers() {
        return papers;
    }

    /** The in-place forms (payment, hand-over, cancellation, requests, documents, corrections). */
    /** The customer's page of the order shown (seed 002), read anew; a row opens its order here. */
    public fr.cession.ui.customer.CustomerPageViewModel customerPage() {
        var page = new fr.cession.ui.customer.CustomerPageViewModel(ctx, this::load);
        OrderFile f = file.get();
        if (f != null) {
            page.load(f.orderId());
        }
        return page;
    }

    public OrderFileForms forms() {
        return forms;
    }

    // ---- properties

    /** Whether « Annuler la commande » applies: a sold, closed or cancelled order is past it. */
    public BooleanBinding cancellableProperty() {
        return Bindings.createBooleanBinding(() -> file.get() != null && file.get().order().status().cancellable(), file);
    }

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

    /** The person working the order file (names in the history, the managers' raw log). */
    public Actor actor() {
        return ctx.actor();
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
        // 003:9: anyone may ask a manager to review the red flags, also below the threshold
        List<ApprovalKind> kinds = f.order().isCredit()
                ? List.of(ApprovalKind.TRANSFERT_FONDS_CREDIT, ApprovalKind.REMBOURSEMENT, ApprovalKind.REVUE_FRAUDE)
                : List.of(ApprovalKind.REMBOURSEMENT, ApprovalKind.REVUE_FRAUDE);
        // a kind already waiting for the manager is not asked twice
        return kinds.stream().filter(k -> f.approvals().stream().noneMatch(a -> a.kind() == k
                && a.status() == ApprovalStatus.DEMANDEE)).toList();
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
        if (!id.equals(orderId)) {
            // another order: what was being typed or told belongs to the previous one
            forms.close();
            forms.dismissNotice();
        }
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

    /** The funds of an announced payment arrived. */
    public void confirmReceived(Payment payment) {
        perform(() -> ctx.actions().confirmPaymentReceived(orderId, payment.id(), ctx.actor()));
    }

    /** Closes an open activity; the workflow refuses while its checklist is incomplete. */
    public void complete(ActivityRow row) {
        perform(() -> ctx.actions().completeActivity(orderId, row.activity().id(), ctx.actor()));
    }

    /** "Demander au manager": the request form, with this kind chosen (the approvals section's menu). */
    public void requestApproval(ApprovalKind kind) {
        forms.approval(kind);
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

    public void validate(OrderDocument doc) {
        if (doc.status() != DocumentStatus.RECU) {
            ctx.dialogs().showError(m().get("order.document.validate"),
                    m().get("order.document.notReceived", m().label(doc.type())));
            return;
        }
        perform(() -> ctx.actions().validateDocument(orderId, doc.type(), ctx.actor()));
    }

    /** Opens the cancellation form (case and reason), or says why this order may not be cancelled. */
    public void cancel() {
        if (!order().status().cancellable()) {
            ctx.dialogs().showError(m().get("order.cancel.title"),
                    m().get("order.cancel.notCancellable", m().label(order().status())));
            return;
        }
        forms.cancel();
    }

    // ---- helpers

    private Loaded read(UUID id) {
        return loaded(ctx.orders().load(id).orElseThrow(() -> new IllegalStateException(
                m().get("order.error.notFound"))));
    }

    /** The saved file as the command returned it: only the history and the blockers are read. */
    private Loaded loaded(OrderFile f) {
        List<Change> h = ctx.orders().history(f.orderId());
        List<String> b = f.order().status().terminal() ? List.of() : refusals().lines(ctx.actions().violations(f));
        return new Loaded(f, h, b);
    }

    private record Loaded(OrderFile file, List<Change> history, List<String> blockers) {
    }

    private void show(Loaded l) {
        OrderFile f = l.file();
        // lists that did not change are left alone: their rows stay where they are under the cursor
        replace(activities, f.activities().stream().filter(Activity::isOpen)
                .sorted(Comparator.comparing(Activity::dueAt))
                .map(a -> new ActivityRow(a, f.itemsOf(a.id()))).toList());
        replace(documents, f.documents().stream().sorted(Comparator.comparing(OrderDocument::type)).toList());
        replace(payments, f.payments());
        replace(approvals, f.approvals().stream()
                .sorted(Comparator.comparing(ApprovalRequest::requestedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList());
        replace(history, l.history());
        replace(blockers, l.blockers());
        file.set(f);
    }

    private static <T> void replace(ObservableList<T> list, List<T> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }

    /** A command without a form: a refusal is shown in an alert and the file read again. */
    private void perform(Supplier<OrderFile> action) {
        UUID id = orderId;
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> loaded(action.get()))
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

    /** A form's command: a refusal goes back onto the form's fields, the form staying open. */
    void submit(OrderForm form, OrderForm.Command command) {
        OrderFile before = file.get();
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> loaded(command.run(ctx.actions())))
                .onSuccess(l -> {
                    form.done();
                    forms.saved(form);
                    show(l);
                    tellAboutNewRequests(before, l.file());
                    changed.run();
                })
                .onFailure(e -> form.refused(fieldErrors(e), fieldErrors(e).isEmpty() ? message(e) : null))
                .onFinished(() -> busy.set(false)));
    }

    /** The advisor is told when saving opened a request to the manager (e.g. a date beyond 15 days, 004:26). */
    private void tellAboutNewRequests(OrderFile before, OrderFile after) {
        Set<UUID> known = before == null ? Set.of() : before.approvals().stream().map(ApprovalRequest::id)
                .collect(Collectors.toSet());
        after.approvals().stream().filter(a -> !known.contains(a.id()) && a.status() == ApprovalStatus.DEMANDEE)
                .findFirst().ifPresent(a -> forms.tell(m().get("order.notice.request", m().label(a.kind()))));
    }

    private static List<FieldError> fieldErrors(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ValidationException ve) {
                return ve.errors();
            }
        }
        return List.of();
    }

    private String message(Throwable e) {
        return refusals().say(e);
    }

    private Refusals refusals() {
        return new Refusals(ctx.messages(), ctx.zone());
    }

    private Order order() {
        return file.get().order();
    }

    private Messages m() {
        return ctx.messages();
    }

    /** The commercial return and legal withdrawal windows of the order shown, once the vehicle was received. */
    public java.util.Optional<fr.cession.domain.rules.AfterSaleWindows> afterSale() {
        OrderFile f = file.get();
        if (f == null) {
            return java.util.Optional.empty();
        }
        var period = new fr.cession.domain.rules.WithdrawalPeriod(CALENDAR, ctx.settings());
        return fr.cession.domain.rules.AfterSaleWindows.of(f.order(), ctx.actions().commercialReturnDays(),
                ctx.settings().withdrawalDays(), period);
    }

    private static final fr.cession.domain.time.FrenchCalendar CALENDAR = new fr.cession.domain.time.FrenchCalendar();
}
