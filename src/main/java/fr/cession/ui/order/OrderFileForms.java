package fr.cession.ui.order;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.board.IdleOrder;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.ui.UiContext;
import fr.cession.ui.order.form.ActivityForm;
import fr.cession.ui.order.form.AgreementForm;
import fr.cession.ui.order.form.ContactForm;
import fr.cession.ui.order.form.FollowUpForm;
import fr.cession.ui.order.form.AfterSaleForm;
import fr.cession.ui.order.form.ApprovalForm;
import fr.cession.ui.order.form.CancelForm;
import fr.cession.ui.order.form.CustomerForm;
import fr.cession.ui.order.form.DocumentForm;
import fr.cession.ui.order.form.HandoverForm;
import fr.cession.ui.order.form.ReceptionForm;
import fr.cession.ui.order.form.OrderForm;
import fr.cession.ui.order.form.PaymentForm;
import fr.cession.ui.order.form.ReassignForm;
import fr.cession.ui.order.form.VehicleForm;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The order file's in-place forms: at most one open at a time, beside the page (so opening one
 * never moves what is under the cursor). Each starts from the order as shown, pre-filled.
 */
public final class OrderFileForms {

    private final UiContext ctx;
    private final Supplier<OrderFile> file;
    private final OrderForm.Host host;
    private final ReadOnlyObjectWrapper<OrderForm> open = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    OrderFileForms(UiContext ctx, Supplier<OrderFile> file, OrderForm.Host host) {
        this.ctx = ctx;
        this.file = file;
        this.host = host;
    }

    /** The form being filled in, or null. */
    public ReadOnlyObjectProperty<OrderForm> openProperty() {
        return open.getReadOnlyProperty();
    }

    /** What the advisor is told after a save, e.g. that a request went to the manager; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void close() {
        open.set(null);
    }

    public void dismissNotice() {
        notice.set("");
    }

    void tell(String text) {
        notice.set(text);
    }

    /** The form's command was saved: it closes, unless another one was opened meanwhile. */
    void saved(OrderForm form) {
        if (open.get() == form) {
            open.set(null);
        }
    }

    public PaymentForm payment() {
        return show(new PaymentForm(ctx.messages(), ctx.formats(), host, current(), ctx.actor()));
    }

    public HandoverForm handover() {
        return show(new HandoverForm(ctx.messages(), ctx.formats(), host, current(), ctx.settings(), ctx.actor()));
    }

    public CancelForm cancel() {
        return show(new CancelForm(ctx.messages(), ctx.formats(), host, current(), ctx.actor()));
    }

    public ApprovalForm approval(ApprovalKind kind) {
        OrderFile f = current();
        var kinds = f.order().isCredit() ? java.util.List.of(ApprovalKind.REMBOURSEMENT,
                ApprovalKind.TRANSFERT_FONDS_CREDIT, ApprovalKind.REVUE_FRAUDE)
                : java.util.List.of(ApprovalKind.REMBOURSEMENT, ApprovalKind.REVUE_FRAUDE);
        // a kind already waiting for the manager is not asked twice (the cancellation asks the refund itself)
        kinds = kinds.stream().filter(k -> f.approvals().stream().noneMatch(a -> a.kind() == k
                && a.status() == fr.cession.domain.approval.ApprovalStatus.DEMANDEE)).toList();
        return show(new ApprovalForm(ctx.messages(), ctx.formats(), host, f, kinds, kind, ctx.actor()));
    }

    public DocumentForm received(OrderDocument doc) {
        return show(new DocumentForm(ctx.messages(), ctx.formats(), host, current().orderId(), doc,
                DocumentForm.Mode.RECU, today(), ctx.actor()));
    }

    public DocumentForm refuse(OrderDocument doc) {
        return show(new DocumentForm(ctx.messages(), ctx.formats(), host, current().orderId(), doc,
                DocumentForm.Mode.REFUS, today(), ctx.actor()));
    }

    public CustomerForm customer() {
        return show(new CustomerForm(ctx.messages(), ctx.formats(), host, current(), ctx.actor()));
    }

    public VehicleForm vehicle() {
        return show(new VehicleForm(ctx.messages(), ctx.formats(), host, current(), today(), ctx.actor()));
    }

    /** The advisors to pick from are read off the FX thread; typing a login works meanwhile. */
    public ReceptionForm reception() {
        return show(new ReceptionForm(ctx.messages(), ctx.formats(), host, current(), today(), ctx.actor()));
    }

    /** 004:13: who collects at the hand-over; a company's authorised people are read off the FX thread. */
    public fr.cession.ui.order.form.CollectorForm collector() {
        var form = show(new fr.cession.ui.order.form.CollectorForm(ctx.messages(), ctx.formats(), host, current(),
                ctx.actor()));
        java.util.UUID account = current().order().account().accountId();
        if (current().order().account().company()) {
            ctx.executor().execute(BackgroundTask.of(() -> ctx.actions().customerAccounts().accounts().stream()
                    .filter(a -> a.id().equals(account)).findFirst()).onSuccess(found -> found.ifPresent(
                    form::authorisedBy)));
        }
        return form;
    }

    public ReassignForm reassign() {
        ReassignForm form = show(new ReassignForm(ctx.messages(), ctx.formats(), host, current(), ctx.actor()));
        ctx.executor().execute(BackgroundTask.of(this::advisors).onSuccess(form::knownAdvisors));
        return form;
    }

    public ContactForm contact() {
        return show(new ContactForm(ctx.messages(), ctx.formats(), host, current().orderId(), ctx.clock().instant(),
                ctx.actor()));
    }

    public FollowUpForm followUp() {
        return show(new FollowUpForm(ctx.messages(), ctx.formats(), host, current().orderId(), ctx.clock().instant(),
                ctx.actor()));
    }

    public AgreementForm agreement() {
        return show(new AgreementForm(ctx.messages(), ctx.formats(), host, current(), ctx.actor()));
    }

    public ActivityForm addActivity() {
        return show(ActivityForm.adding(ctx.messages(), ctx.formats(), host, current().orderId(),
                ctx.actions().activityKinds(), ctx.clock().instant(), ctx.actor()));
    }

    public ActivityForm moveDue(Activity activity) {
        return show(ActivityForm.moving(ctx.messages(), ctx.formats(), host, activity, ctx.clock().instant(),
                ctx.actor()));
    }

    /** An « Après-vente » step; {@code c} is the case it answers, null for a new complaint or return. */
    public AfterSaleForm afterSale(AfterSaleForm.Step step, fr.cession.domain.aftersale.AfterSaleCase c) {
        return show(new AfterSaleForm(ctx.messages(), ctx.formats(), host, step, current(), c, today(), ctx.zone(),
                ctx.actor()));
    }

    private Set<String> advisors() {
        BoardSnapshot s = ctx.board().snapshot();
        Set<String> out = new TreeSet<>();
        Stream.concat(s.cards().stream().map(ActivityCard::advisor), s.idleOrders().stream().map(IdleOrder::advisor))
                .filter(Objects::nonNull).forEach(out::add);
        return out;
    }

    private <F extends OrderForm> F show(F form) {
        open.set(form);
        return form;
    }

    private OrderFile current() {
        return Objects.requireNonNull(file.get(), "fiche commande non chargée");
    }

    private LocalDate today() {
        return LocalDate.now(ctx.clock().withZone(ctx.zone()));
    }
}
