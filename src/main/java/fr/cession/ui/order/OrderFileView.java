package fr.cession.ui.order;

import atlantafx.base.theme.Styles;
import fr.cession.domain.audit.Change;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.ui.customer.CustomerPageView;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.order.form.AfterSaleForm;
import fr.cession.ui.order.history.HistoryPane;
import fr.cession.ui.papers.Paper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.UUID;

/**
 * The order file ("fiche commande"): the page on the left, the form being filled in on the right.
 * An order opens at its top; a row acted on stays where it is under the cursor.
 */
public final class OrderFileView extends BorderPane {

    private final OrderFileViewModel vm;
    private final Messages m;
    private final Formats f;
    private final ScrollPane scroll = new ScrollPane();
    private final OrderFactsGrid header;
    private final Label title = new Label();
    private final HBox notice = new HBox(8);
    private final VBox blockersBox = new VBox(4);
    private final ChecklistSection checklist;
    private final HistoryPane history;
    private final LedgerSection ledger;
    private final Button advance = new Button();
    private final MenuButton papersMenu = new MenuButton();
    private final FormPanel formPanel;
    private UUID shown;
    private Node anchor;
    private double anchorY;

    public OrderFileView(OrderFileViewModel vm, Messages m, Formats f, Runnable back) {
        this.vm = vm;
        this.m = m;
        this.f = f;
        this.header = new OrderFactsGrid(m, f);
        setId("order-file");
        scroll.setId("order-view");
        scroll.setFitToWidth(true);
        title.getStyleClass().add(Styles.TITLE_2);
        title.setId("order-title");
        Button backButton = button(m.get("order.back"), Material2AL.ARROW_BACK, back);
        backButton.setId("order-back");
        backButton.setTooltip(new Tooltip(m.get("order.back.tip")));
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(12, backButton, title);
        top.setAlignment(Pos.CENTER_LEFT);

        OrderFileForms forms = vm.forms();
        Button customer = action("order.edit.customer", "order.edit.customer.tip", Material2MZ.PERSON, "order-edit-customer", forms::customer);
        Button vehicle = action("order.edit.vehicle", "order.edit.vehicle.tip", Material2AL.DIRECTIONS_CAR, "order-edit-vehicle",
                forms::vehicle);
        Button reassign = action("order.edit.reassign", "order.edit.reassign.tip", Material2MZ.SWAP_HORIZ, "order-reassign", forms::reassign);
        Button customerPage = action("order.customerPage", "order.customerPage.tip", Material2MZ.PEOPLE,
                "order-customer-page", this::openCustomerPage);
        FlowPane edits = new FlowPane(8, 8, customer, vehicle, reassign, customerPage);

        advance.setId("order-advance");
        advance.setGraphic(new FontIcon(Material2AL.ARROW_FORWARD));
        advance.getStyleClass().add(Styles.ACCENT);
        advance.setTooltip(new Tooltip(m.get("order.action.advance.tip")));
        advance.setOnAction(e -> vm.advance());
        Button handover = action("order.action.handover", "order.action.handover.tip", Material2AL.EVENT, "order-handover", forms::handover);
        Button reception = action("order.action.reception", "order.action.reception.tip", Material2AL.HOW_TO_REG,
                "order-reception", forms::reception);
        Button pay = action("order.action.payment", "order.action.payment.tip", Material2AL.EURO_SYMBOL, "order-payment", forms::payment);
        Button request = action("order.action.request", "order.action.request.tip", Material2MZ.SUPERVISOR_ACCOUNT, "order-request",
                () -> forms.approval(null));
        Button add = action("order.action.addActivity", "order.action.addActivity.tip", Material2AL.ADD_TASK, "order-add-activity",
                forms::addActivity);
        Button cancel = action("order.action.cancel", "order.action.cancel.tip", Material2AL.CANCEL, "order-cancel", vm::cancel);
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.disableProperty().bind(vm.cancellableProperty().not());
        papersMenu.setText(m.get("order.paper.menu"));
        papersMenu.setGraphic(new FontIcon(Material2MZ.PICTURE_AS_PDF));
        papersMenu.setId("order-papers");
        papersMenu.setTooltip(new Tooltip(m.get("order.paper.menu.tip")));
        // the refund request comes and goes with the order's request: the items are read at each opening
        papersMenu.setOnShowing(e -> fillPapers());
        Button contact = action("order.action.contact", "order.action.contact.tip", Material2AL.CHAT, "order-contact",
                forms::contact);
        Button agreement = action("order.action.agreement", "order.action.agreement.tip", Material2AL.ASSIGNMENT_TURNED_IN,
                "order-agreement", forms::agreement);
        Button followUp = action("order.action.followUp", "order.action.followUp.tip", Material2MZ.PHONE_CALLBACK,
                "order-follow-up", forms::followUp);
        FlowPane actions = new FlowPane(8, 8, advance, handover, reception, pay, request, add, contact, agreement,
                followUp, papersMenu, cancel);
        blockersBox.setId("order-blockers");
        blockersBox.getStyleClass().add("blockers");

        notice.setId("order-notice");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.getStyleClass().add("section-card");
        notice.setPadding(new Insets(8, 12, 8, 12));
        showNotice(forms.noticeProperty().get());
        forms.noticeProperty().addListener((o, a, text) -> showNotice(text));

        checklist = new ChecklistSection(vm, m, f);
        history = new HistoryPane(m, f, vm.actor());
        DocumentsSection documents = new DocumentsSection(vm, m, f, this::keepInPlace);
        ledger = new LedgerSection(new LedgerViewModel(vm.fileProperty(), m, f), m);
        VBox content = new VBox(14, top, notice, card(new VBox(10, header, edits, new InspectorPane(vm.inspector(), m))),
                section("order.section.actions", new VBox(8, actions, blockersBox)), new CustomerAccountSection(vm, forms, m, f),
                section("order.section.approvals", new ApprovalsSection(vm, m, f)),
                section("order.section.aftersale", new AfterSaleSection(vm, forms, m, f)),
                section("order.section.activities", checklist), section("order.section.documents", documents),
                section("order.section.payments", new VBox(10, new PaymentsSection(vm, m, f, this::keepInPlace),
                        ledger)), section("order.section.history", history));
        content.setPadding(new Insets(16));
        scroll.setContent(content);
        setCenter(scroll);
        formPanel = new FormPanel(m, f, forms);
        BorderPane.setMargin(formPanel, new Insets(16, 16, 16, 0));
        setRight(formPanel);

        vm.fileProperty().addListener((o, old, file) -> showFile(file));
        vm.history().addListener((ListChangeListener<Change>) c -> history.show(vm.fileProperty().get(), vm.history()));
        vm.blockers().addListener((ListChangeListener<String>) c -> showBlockers());
        shortcuts(forms);
    }

    /** Puts the keyboard on the first unticked checklist line (once the order's lines are shown), so Space ticks it. */
    public void focusFirst() {
        checklist.focusFirst();
    }

    private void shortcuts(OrderFileForms forms) {
        new OrderShortcuts(this, () -> forms.openProperty().get() != null, forms::close)
                .on(OrderShortcuts.ADVANCE, () -> {
                    if (forms.openProperty().get() != null) {
                        forms.openProperty().get().submit();
                    } else {
                        vm.advance();
                    }
                })
                .on(OrderShortcuts.PAYMENT, forms::payment)
                .on(OrderShortcuts.HANDOVER, forms::handover)
                .on(OrderShortcuts.RECEPTION, forms::reception)
                .on(OrderShortcuts.REQUEST, () -> forms.approval(null))
                .on(OrderShortcuts.CANCEL, vm::cancel)
                .on(OrderShortcuts.CUSTOMER, forms::customer)
                .on(OrderShortcuts.VEHICLE, forms::vehicle)
                .on(OrderShortcuts.REASSIGN, forms::reassign)
                .on(OrderShortcuts.ADD_ACTIVITY, forms::addActivity)
                .on(OrderShortcuts.MOVE_DUE, () -> checklist.selectedActivity()
                        .ifPresent(r -> forms.moveDue(r.activity())))
                .on(OrderShortcuts.PAPERS, this::showPapers)
                .on(OrderShortcuts.CONTACT, forms::contact)
                .on(OrderShortcuts.AGREEMENT, forms::agreement)
                .on(OrderShortcuts.FOLLOW_UP, forms::followUp)
                .on(OrderShortcuts.CUSTOMER_PAGE, this::openCustomerPage)
                .on(OrderShortcuts.COMPLAINT, () -> forms.afterSale(AfterSaleForm.Step.COMPLAINT, null))
                .on(OrderShortcuts.RETURN, () -> forms.afterSale(AfterSaleForm.Step.RETURN, null))
                .on(OrderShortcuts.LEDGER, this::showLedger)
                .on(OrderShortcuts.COMPLETE, () -> checklist.selectedActivity()
                        .filter(r -> r.done() == r.items().size()).ifPresent(vm::complete));
    }

    /** The customer's page in a window of its own beside the order file; Escape closes it. */
    private void openCustomerPage() {
        if (vm.fileProperty().get() == null || getScene() == null) {
            return;
        }
        Stage stage = new Stage();
        stage.initOwner(getScene().getWindow());
        stage.setTitle(m.get("customer.title"));
        Scene scene = new Scene(new CustomerPageView(vm.customerPage(), m), 900, 720);
        scene.getStylesheets().setAll(getScene().getStylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    private void fillPapers() {
        papersMenu.getItems().clear();
        for (Paper p : vm.papers().available()) {
            MenuItem item = new MenuItem(vm.papers().label(p));
            item.setId("order-paper-" + p.name());
            item.setOnAction(e -> vm.papers().print(p));
            papersMenu.getItems().add(item);
        }
    }

    private void showPapers() {
        if (papersMenu.isVisible() && !papersMenu.isShowing()) {
            fillPapers();
            papersMenu.show();
        }
    }

    private Button action(String key, String tipKey, Ikon icon, String id, Runnable run) {
        Button b = button(m.get(key), icon, run);
        b.setId(id);
        b.setTooltip(new Tooltip(m.get(tipKey)));
        return b;
    }

    private Button button(String text, Ikon icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox section(String key, Node body) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return card(new VBox(8, l, body));
    }

    private static VBox card(Node n) {
        VBox box = new VBox(n);
        box.getStyleClass().add("section-card");
        box.setPadding(new Insets(12));
        return box;
    }

    /** Ctrl+G: the ledger is scrolled into view and its table takes the keyboard. */
    private void showLedger() {
        Parent content = (Parent) scroll.getContent();
        content.applyCss();
        content.layout();
        double y = ledger.localToScene(0, 0).getY() - content.localToScene(0, 0).getY();
        double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (room > 0) {
            scroll.setVvalue(Math.min(1, Math.max(0, y / room)));
        }
        ledger.focus();
    }

    /** Called before a row's action: after the page is read again, that row is put back at the same height. */
    private void keepInPlace(Node row) {
        anchor = row;
        anchorY = row.localToScene(0, 0).getY();
    }

    private void showFile(OrderFile file) {
        showHeader(file);
        if (file == null) {
            return;
        }
        if (!file.orderId().equals(shown)) {
            // another order opens at its top, whatever the previous one was scrolled to
            shown = file.orderId();
            anchor = null;
            scroll.setVvalue(0);
            return;
        }
        if (anchor != null && anchor.getScene() != null) {
            Parent content = (Parent) scroll.getContent();
            content.applyCss();
            content.layout();
            double moved = anchor.localToScene(0, 0).getY() - anchorY;
            double range = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            if (range > 0 && moved != 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + moved / range)));
            }
        }
        anchor = null;
    }

    private void showNotice(String text) {
        notice.getChildren().clear();
        boolean on = text != null && !text.isEmpty();
        notice.setVisible(on);
        notice.setManaged(on);
        if (on) {
            Label l = new Label(text, new FontIcon(Material2MZ.SUPERVISOR_ACCOUNT));
            l.setWrapText(true);
            l.setId("order-notice-text");
            l.getStyleClass().add(Styles.ACCENT);
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            Button ok = new Button(m.get("order.notice.dismiss"));
            ok.setId("order-notice-dismiss");
            ok.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            ok.setOnAction(e -> vm.forms().dismissNotice());
            // a long notice (a file's path) wraps rather than squeezing the button to "…"
            ok.setMinWidth(Region.USE_PREF_SIZE);
            notice.getChildren().addAll(l, spring, ok);
        }
    }

    private void showHeader(OrderFile file) {
        header.show(file, vm.afterSale());
        if (file == null) {
            return;
        }
        Order o = file.order();
        title.setText(m.get("order.title", o.number() == null ? "" : o.number(), o.customer().displayName(),
                m.label(o.status())));
        boolean printable = !vm.papers().available().isEmpty();
        papersMenu.setVisible(printable);
        papersMenu.setManaged(printable);
        advance.setText(vm.nextStatus().map(s -> m.get("order.action.advance", m.label(s)))
                .orElse(m.get("order.action.noNext")));
        advance.setDisable(vm.nextStatus().isEmpty());
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
        head.getStyleClass().add(Styles.TEXT_BOLD);
        blockersBox.getChildren().add(head);
        for (String reason : vm.blockers()) {
            Label l = new Label(reason, new FontIcon(Material2AL.BLOCK));
            l.getStyleClass().addAll("blocker", Styles.DANGER);
            l.setWrapText(true);
            blockersBox.getChildren().add(l);
        }
    }
}
