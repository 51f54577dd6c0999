package fr.cession.ui.order;

import atlantafx.base.theme.Styles;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.Payment;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.stream.Collectors;

/** The order file ("fiche commande"). */
public final class OrderFileView extends ScrollPane {

    private final OrderFileViewModel vm;
    private final Messages m;
    private final Formats f;
    private final GridPane header = new GridPane();
    private final Label title = new Label();
    private final VBox blockersBox = new VBox(4);
    private final VBox activitiesBox = new VBox(10);
    private final VBox documentsBox = new VBox(4);
    private final VBox paymentsBox = new VBox(4);
    private final VBox historyBox = new VBox(2);
    private final Button advance = new Button();

    public OrderFileView(OrderFileViewModel vm, Messages m, Formats f, Runnable back) {
        this.vm = vm;
        this.m = m;
        this.f = f;
        setId("order-view");
        setFitToWidth(true);
        title.getStyleClass().add("title-2");
        title.setId("order-title");
        Button backButton = button(m.get("order.back"), Material2AL.ARROW_BACK, back);
        backButton.setId("order-back");
        HBox top = new HBox(12, backButton, title);
        top.setAlignment(Pos.CENTER_LEFT);

        header.setHgap(24);
        header.setVgap(4);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setMinWidth(i % 2 == 0 ? 130 : 160);
            header.getColumnConstraints().add(c);
        }

        advance.setId("order-advance");
        advance.setGraphic(new FontIcon(Material2AL.ARROW_FORWARD));
        advance.getStyleClass().add(Styles.ACCENT);
        advance.setOnAction(e -> vm.advance());
        Button handover = button(m.get("order.action.handover"), Material2AL.EVENT, vm::setHandoverDate);
        handover.setId("order-handover");
        Button pay = button(m.get("order.action.payment"), Material2AL.EURO_SYMBOL, vm::recordPayment);
        pay.setId("order-payment");
        Button cancel = button(m.get("order.action.cancel"), Material2AL.CANCEL, vm::cancel);
        cancel.setId("order-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        FlowPane actions = new FlowPane(8, 8, advance, handover, pay, cancel);
        blockersBox.setId("order-blockers");
        blockersBox.getStyleClass().add("blockers");

        VBox content = new VBox(14, top, card(header), section("order.section.actions", new VBox(8, actions,
                        blockersBox)),
                section("order.section.approvals", new ApprovalsSection(vm, m, f)),
                section("order.section.activities", activitiesBox), section("order.section.documents", documentsBox),
                section("order.section.payments", paymentsBox), section("order.section.history", historyBox));
        content.setPadding(new Insets(16));
        setContent(content);

        vm.fileProperty().addListener((o, old, file) -> showHeader(file));
        vm.activities().addListener((ListChangeListener<OrderFileViewModel.ActivityRow>) c -> showActivities());
        vm.documents().addListener((ListChangeListener<OrderDocument>) c -> showDocuments());
        vm.payments().addListener((ListChangeListener<Payment>) c -> showPayments());
        vm.history().addListener((ListChangeListener<Change>) c -> showHistory());
        vm.blockers().addListener((ListChangeListener<String>) c -> showBlockers());
    }

    /** Puts the keyboard on the first checklist line, so Space ticks it. */
    public void focusFirst() {
        activitiesBox.lookupAll(".check-box").stream().findFirst().ifPresent(Node::requestFocus);
    }

    private Button button(String text, Ikon icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox section(String key, Node body) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("title-4");
        return card(new VBox(8, l, body));
    }

    private static VBox card(Node n) {
        VBox box = new VBox(n);
        box.getStyleClass().add("section-card");
        box.setPadding(new Insets(12));
        return box;
    }

    private void showHeader(OrderFile file) {
        header.getChildren().clear();
        if (file == null) {
            return;
        }
        Order o = file.order();
        title.setText(m.get("order.title", o.number() == null ? "" : o.number(), o.customer().displayName(),
                m.label(o.status())));
        int r = 0;
        pair(r, 0, "order.field.customer", o.customer().displayName());
        pair(r++, 2, "order.field.contact", join(o.customer().email(), o.customer().phone()));
        pair(r, 0, "order.field.vehicle", o.vehicle().displayName());
        pair(r++, 2, "order.field.plateVin", join(o.vehicle().plate(), o.vehicle().vin()));
        pair(r, 0, "order.field.reservedOn", f.date(o.reservedOn()));
        pair(r++, 2, "order.field.handover", m.label(o.handoverMode()) + " "
                + (o.handoverAt() == null ? m.get("order.field.notSet") : f.dateTime(o.handoverAt())));
        pair(r, 0, "order.field.price", f.amount(o.vehicle().price()));
        pair(r++, 2, "order.field.fee", f.amount(o.reservationFee()));
        pair(r, 0, "order.field.payment", m.label(o.paymentMethod()));
        pair(r++, 2, "order.field.advisor", o.advisor() == null ? "" : o.advisor());
        if (o.cancellation() != null) {
            pair(r, 0, "order.field.cancellation", m.label(o.cancellation().cancellationCase()) + " — "
                    + o.cancellation().reason());
        }
        advance.setText(vm.nextStatus().map(s -> m.get("order.action.advance", m.label(s)))
                .orElse(m.get("order.action.noNext")));
        advance.setDisable(vm.nextStatus().isEmpty());
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (a != null && b != null ? " · " : "") + (b == null ? "" : b);
    }

    private void pair(int row, int col, String key, String value) {
        Label k = new Label(m.get(key));
        k.getStyleClass().add("text-muted");
        Label v = new Label(value);
        v.getStyleClass().add("text-bold");
        header.add(k, col, row);
        header.add(v, col + 1, row);
    }

    private void showBlockers() {
        blockersBox.getChildren().clear();
        if (vm.blockers().isEmpty()) {
            Label ok = new Label(m.get("order.blockers.none"), new FontIcon(Material2AL.CHECK_CIRCLE));
            ok.getStyleClass().add(Styles.SUCCESS);
            blockersBox.getChildren().add(ok);
            return;
        }
        Label head = new Label(m.get("order.blockers.head"));
        head.getStyleClass().add("text-bold");
        blockersBox.getChildren().add(head);
        for (String reason : vm.blockers()) {
            Label l = new Label(reason, new FontIcon(Material2AL.BLOCK));
            l.getStyleClass().addAll("blocker", Styles.DANGER);
            l.setWrapText(true);
            blockersBox.getChildren().add(l);
        }
    }

    private void showActivities() {
        activitiesBox.getChildren().clear();
        if (vm.activities().isEmpty()) {
            activitiesBox.getChildren().add(new Label(m.get("order.activities.none")));
        }
        for (OrderFileViewModel.ActivityRow row : vm.activities()) {
            Label name = new Label(row.activity().title());
            name.getStyleClass().add("text-bold");
            Label meta = new Label(m.get("order.activity.meta", m.label(row.activity().role()),
                    f.dateTime(row.activity().dueAt()), row.done(), row.items().size()));
            meta.getStyleClass().add("text-muted");
            VBox lines = new VBox(4);
            lines.setPadding(new Insets(0, 0, 0, 12));
            for (ChecklistItem item : row.items()) {
                CheckBox box = new CheckBox(item.label());
                box.setSelected(item.checked());
                box.setWrapText(true);
                box.getStyleClass().add("checklist-line");
                box.setUserData(item.lineCode());
                // the box shows what is stored: a refused tick must not stay ticked on screen
                box.setOnAction(e -> {
                    box.setSelected(item.checked());
                    vm.toggle(item);
                });
                if (item.seedRef() != null) {
                    box.setTooltip(new Tooltip(m.get("order.activity.seed", item.seedRef())));
                }
                HBox line = new HBox(10, box);
                if (item.checked()) {
                    Label who = new Label(m.get("order.activity.tickedBy", item.checkedBy(),
                            f.dateTime(item.checkedAt())));
                    who.getStyleClass().addAll("text-muted", "text-small");
                    line.getChildren().add(who);
                }
                line.setAlignment(Pos.CENTER_LEFT);
                lines.getChildren().add(line);
            }
            VBox activity = new VBox(4, name, meta, lines);
            if (row.done() == row.items().size()) {
                // an activity without lines (or whose lines are all ticked) is closed by hand
                Button done = small(m.get("order.activity.complete"), () -> vm.complete(row));
                done.setGraphic(new FontIcon(Material2AL.DONE_ALL));
                done.setId("activity-complete-" + row.activity().typeCode());
                activity.getChildren().add(done);
            }
            activitiesBox.getChildren().add(activity);
        }
    }

    private void showDocuments() {
        documentsBox.getChildren().clear();
        if (vm.documents().isEmpty()) {
            documentsBox.getChildren().add(new Label(m.get("order.documents.none")));
        }
        for (OrderDocument d : vm.documents()) {
            Label name = new Label(m.label(d.type()));
            name.setMinWidth(260);
            Label status = new Label(m.label(d.status()));
            status.getStyleClass().addAll("doc-status", "doc-" + d.status().name());
            status.setMinWidth(90);
            Label detail = new Label(d.refusalReason() != null ? d.refusalReason()
                    : d.issuedOn() != null ? m.get("order.document.issuedOn", f.date(d.issuedOn())) : "");
            detail.getStyleClass().add("text-muted");
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            Button received = small(m.get("order.document.received"), () -> vm.markReceived(d));
            Button validate = small(m.get("order.document.validate"), () -> vm.validate(d));
            Button refuse = small(m.get("order.document.refuse"), () -> vm.refuse(d));
            HBox row = new HBox(10, name, status, detail, spring, received, validate, refuse);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("doc-" + d.type().name());
            documentsBox.getChildren().add(row);
        }
    }

    private static Button small(String text, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showPayments() {
        paymentsBox.getChildren().clear();
        if (vm.payments().isEmpty()) {
            paymentsBox.getChildren().add(new Label(m.get("order.payments.none")));
        }
        for (Payment p : vm.payments()) {
            String when = p.receivedAt() != null ? m.get("order.payment.receivedAt", f.dateTime(p.receivedAt()))
                    : m.get("order.payment.announced");
            HBox line = new HBox(10, new Label(m.label(p.kind()) + " · " + m.label(p.method()) + " · "
                    + f.amount(p.amount()) + " · " + when, new FontIcon(Material2MZ.PAYMENTS)));
            line.setAlignment(Pos.CENTER_LEFT);
            if (p.receivedAt() == null) {
                Button confirm = small(m.get("order.payment.confirm"), () -> vm.confirmReceived(p));
                confirm.setId("payment-confirm");
                line.getChildren().add(confirm);
            }
            paymentsBox.getChildren().add(line);
        }
    }

    private void showHistory() {
        historyBox.getChildren().clear();
        for (Change c : vm.history()) {
            String fields = c.fields().stream().limit(4).map(this::field).collect(Collectors.joining(", "));
            if (c.fields().size() > 4) {
                fields += ", …";
            }
            Label when = new Label(f.dateTime(c.at()));
            when.setMinWidth(120);
            when.getStyleClass().add("text-muted");
            Label who = new Label(c.by());
            who.setMinWidth(90);
            Label what = new Label(m.label(c.kind()) + " " + m.label(c.entity()) + (fields.isEmpty() ? ""
                    : " — " + fields));
            what.setWrapText(true);
            HBox row = new HBox(10, new FontIcon(Material2AL.HISTORY), when, who, what);
            row.getStyleClass().add("timeline-row");
            historyBox.getChildren().add(row);
        }
    }

    private String field(FieldChange fc) {
        return fc.field() + " → " + (fc.newValue() == null ? "∅" : fc.newValue());
    }
}
