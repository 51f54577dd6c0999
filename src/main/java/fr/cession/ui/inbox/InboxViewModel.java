package fr.cession.ui.inbox;

import fr.cession.domain.aftersale.DisputeDecision;
import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.approval.RefusalNote;
import fr.cession.domain.user.Role;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * "À valider" (Ctrl+3): every request waiting for a manager, across orders, oldest first, with
 * its order, customer and what was asked. A manager approves, or refuses with a reason; nobody
 * approves their own request (four eyes, as the workflow and the central database say too).
 * Reads and decisions run off the FX thread; the order file of a request opens with Enter.
 */
public final class InboxViewModel {

    private final UiContext ctx;
    private final ApprovalQueries queries;
    private final Runnable changed;
    private final Consumer<UUID> open;
    private final ObservableList<ApprovalItem> items = FXCollections.observableArrayList();
    private final ObservableList<ApprovalItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RequestContext> context = new ReadOnlyObjectWrapper<>();
    private final RequestContexts contexts;
    private final DisputeDesk disputes;
    private ApprovalItem selected;

    /**
     * @param changed called after a decision, so that the lists of activities read again
     * @param open    opens an order's file
     */
    public InboxViewModel(UiContext ctx, ApprovalQueries queries, Runnable changed, Consumer<UUID> open) {
        this.ctx = ctx;
        this.queries = queries;
        this.changed = changed;
        this.open = open;
        this.contexts = new RequestContexts(ctx);
        this.disputes = new DisputeDesk(ctx);
    }

    /** The selected request's context, read off the FX thread; null while none is selected or read. */
    public ReadOnlyObjectProperty<RequestContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    /** Reads what the manager needs beside the request: the order's money, papers and blockers. */
    public void select(ApprovalItem item) {
        selected = item;
        context.set(null);
        if (item == null) {
            return;
        }
        // a read finishing after the person moved on is not shown against another request
        ctx.executor().execute(BackgroundTask.of(() -> contexts.of(item))
                .onSuccess(c -> {
                    if (selected == item) {
                        context.set(c);
                    }
                }));
    }

    public ObservableList<ApprovalItem> items() {
        return itemsView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last decision did, for the screen to say; empty before any. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the person may decide at all: the inbox is the manager's. */
    public boolean isManager() {
        return ctx.actor().holds(Role.MANAGER);
    }

    /** Why the person may not approve this request; empty when they may. */
    public Optional<String> cannotApprove(ApprovalItem item) {
        Messages m = ctx.messages();
        if (!isManager()) {
            return Optional.of(m.get("inbox.managerOnly"));
        }
        if (ctx.actor().login().equals(item.request().requestedBy())) {
            return Optional.of(m.get("inbox.ownRequest"));
        }
        return Optional.empty();
    }

    /** A refusal needs only the role: refusing one's own request is withdrawing it in effect, and allowed. */
    public Optional<String> cannotRefuse(ApprovalItem item) {
        if (isManager() && item.request().kind() == ApprovalKind.LITIGE) {
            return cannotApprove(item); // a dispute is settled by another manager, a rejection too (001:50)
        }
        return isManager() ? Optional.empty() : Optional.of(ctx.messages().get("inbox.managerOnly"));
    }

    public void refresh() {
        run(null, null);
    }

    public void open(ApprovalItem item) {
        if (item != null) {
            open.accept(item.request().orderId());
        }
    }

    public void approve(ApprovalItem item) {
        Optional<String> why = cannotApprove(item);
        if (why.isPresent()) {
            ctx.dialogs().showError(ctx.messages().get("inbox.title"), why.get());
            return;
        }
        if (item.request().kind() == ApprovalKind.LITIGE) {
            disputes.settle(item).ifPresent(d -> run(() -> disputes.decide(item, d), ctx.messages().get(
                    "inbox.dispute.decided", ctx.messages().label(d.decision()), item.orderNumber())));
            return;
        }
        run(() -> ctx.actions().decideApproval(item.request().orderId(), item.request().id(), true, ctx.actor()),
                ctx.messages().get("inbox.approved", label(item), item.orderNumber()));
    }

    /** Asks the reason, then refuses; without a reason nothing is sent and the person is told why. */
    public void refuse(ApprovalItem item) {
        Messages m = ctx.messages();
        Optional<String> why = cannotRefuse(item);
        if (why.isPresent()) {
            ctx.dialogs().showError(m.get("inbox.title"), why.get());
            return;
        }
        Optional<String> reason = ctx.dialogs().askText(m.get("inbox.refuse.title"),
                m.get("inbox.refuse.prompt", label(item), item.orderNumber()), "");
        if (reason.isEmpty()) {
            return;
        }
        String text = reason.get().strip();
        if (text.isEmpty()) {
            ctx.dialogs().showError(m.get("inbox.refuse.title"), m.get("inbox.refuse.required"));
            return;
        }
        if (text.length() > RefusalNote.MAX_REASON) {
            ctx.dialogs().showError(m.get("inbox.refuse.title"), m.get("inbox.refuse.tooLong", RefusalNote.MAX_REASON));
            return;
        }
        if (item.request().kind() == ApprovalKind.LITIGE) {
            DisputeDesk.Decision reject = new DisputeDesk.Decision(DisputeDecision.REJET, null, text);
            run(() -> disputes.decide(item, reject), m.get("inbox.dispute.decided", m.label(DisputeDecision.REJET),
                    item.orderNumber()));
            return;
        }
        run(() -> ctx.actions().refuseApproval(item.request().orderId(), item.request().id(), text, ctx.actor()),
                m.get("inbox.refused", label(item), item.orderNumber()));
    }

    private String label(ApprovalItem item) {
        return ctx.messages().label(item.request().kind());
    }

    private void run(Runnable action, String done) {
        busy.set(true);
        ctx.executor().execute(BackgroundTask.<List<ApprovalItem>>of(() -> {
                    if (action != null) {
                        action.run();
                    }
                    return queries.pending();
                })
                .onSuccess(list -> {
                    items.setAll(list);
                    if (done != null) {
                        notice.set(done);
                        changed.run();
                    }
                })
                .onFailure(e -> {
                    ctx.dialogs().showError(ctx.messages().get("inbox.title"),
                            new Refusals(ctx.messages(), ctx.zone()).say(e));
                    if (action != null) {
                        refresh();
                    }
                })
                .onFinished(() -> busy.set(false)));
    }
}
