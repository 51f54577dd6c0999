package fr.cession.ui.inbox;

import atlantafx.base.theme.Styles;
import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.ui.i18n.ApprovalTexts;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Optional;

/**
 * "À valider": the requests waiting for a manager, oldest first. A approves, R refuses (a reason is
 * asked), Enter opens the order; the buttons say why when they are off (one's own request).
 */
public final class InboxView extends BorderPane {

    private final InboxViewModel vm;
    private final Messages m;
    private final ListView<ApprovalItem> list = new ListView<>();
    private final Button approve;
    private final Button refuse;
    private final Button open;
    /** The request the manager was on, kept when the list is read again. */
    private java.util.UUID lastSelected;

    public InboxView(InboxViewModel vm, Messages m, Formats f) {
        this.vm = vm;
        this.m = m;
        setId("inbox-view");
        Label title = new Label(m.get("inbox.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.setId("inbox-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> m.get("inbox.count", vm.items().size()),
                vm.items()));
        Label hint = new Label(m.get(vm.isManager() ? "inbox.hint" : "inbox.hint.notManager"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Label notice = new Label();
        notice.setId("inbox-notice");
        notice.setWrapText(true);
        notice.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Button refresh = new Button(m.get("inbox.refresh"), new FontIcon(Material2MZ.REFRESH));
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.busyProperty());
        HBox head = new HBox(12, title, count, refresh);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox top = new VBox(6, head, hint, notice);
        top.setPadding(new Insets(16, 16, 8, 16));
        setTop(top);

        list.setId("inbox-list");
        list.setItems(vm.items());
        // the list arrives after the screen shows: the keyboard finds the oldest request selected; read
        // again (a sync brought a request), it keeps the one the manager was on, so a decision never lands
        // on another; after a decision, the request that took the decided one's place: the next to decide
        int[] lastIndex = {0};
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                lastIndex[0] = i.intValue();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                lastSelected = item.request().id();
            }
        });
        vm.items().addListener((javafx.collections.ListChangeListener<ApprovalItem>) c -> {
            ApprovalItem kept = list.getItems().stream().filter(i -> i.request().id().equals(lastSelected))
                    .findFirst().orElse(null);
            if (kept != null && kept != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(kept);
            } else if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(Math.min(lastIndex[0], list.getItems().size() - 1));
            }
        });
        list.setCellFactory(v -> new RequestCell(m, f));
        list.setPlaceholder(new Label(m.get("inbox.empty")));
        list.setOnKeyPressed(e -> {
            ApprovalItem item = list.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(item);
                e.consume();
            } else if (e.getCode() == KeyCode.A && !e.isShortcutDown()) {
                vm.approve(item);
                e.consume();
            } else if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
                vm.refuse(item);
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        // the list and, beside it, what the manager checks before deciding (money, papers, blockers)
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(
                new RequestContextPane(vm.contextProperty(), m));
        side.setFitToWidth(true);
        side.getStyleClass().add("edge-to-edge");
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(list, side);
        split.setDividerPositions(0.6);
        BorderPane.setMargin(split, new Insets(0, 16, 8, 16));
        setCenter(split);

        approve = new Button(m.get("inbox.approve"), new FontIcon(Material2AL.CHECK));
        approve.setId("inbox-approve");
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.setOnAction(e -> selected().ifPresent(vm::approve));
        refuse = new Button(m.get("inbox.refuse"), new FontIcon(Material2AL.BLOCK));
        refuse.setId("inbox-refuse");
        refuse.getStyleClass().add(Styles.DANGER);
        refuse.setOnAction(e -> selected().ifPresent(vm::refuse));
        open = new Button(m.get("inbox.open"), new FontIcon(Material2AL.ARROW_FORWARD));
        open.setId("inbox-open");
        open.setOnAction(e -> selected().ifPresent(vm::open));
        HBox actions = new HBox(8, approve, refuse, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(0, 16, 16, 16));
        setBottom(actions);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            updateButtons(item);
            vm.select(item);
        });
        vm.busyProperty().addListener((o, a, b) -> updateButtons(list.getSelectionModel().getSelectedItem()));
        updateButtons(null);
    }

    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private Optional<ApprovalItem> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void updateButtons(ApprovalItem item) {
        boolean none = item == null || vm.busyProperty().get();
        open.setDisable(none);
        Optional<String> noApprove = item == null ? Optional.empty() : vm.cannotApprove(item);
        Optional<String> noRefuse = item == null ? Optional.empty() : vm.cannotRefuse(item);
        approve.setDisable(none || noApprove.isPresent());
        refuse.setDisable(none || noRefuse.isPresent());
        // a disabled button shows no tooltip: the reason goes on the bar, where the eye already is
        Tooltip why = noApprove.map(Tooltip::new).orElse(new Tooltip(m.get("inbox.approve.tip")));
        approve.setTooltip(why);
        refuse.setTooltip(new Tooltip(noRefuse.orElse(m.get("inbox.refuse.tip"))));
        HBox bar = (HBox) getBottom();
        bar.getChildren().removeIf(n -> "inbox-why".equals(n.getId()));
        noApprove.ifPresent(text -> {
            Label l = new Label(text, new FontIcon(Material2AL.INFO));
            l.setId("inbox-why");
            l.getStyleClass().add(Styles.TEXT_MUTED);
            bar.getChildren().add(l);
        });
    }

    private static final class RequestCell extends ListCell<ApprovalItem> {
        private final Messages m;
        private final Formats f;
        private final Label what = new Label();
        private final Label order = new Label();
        private final Label asked = new Label();
        private final Label detail = new Label();
        private final VBox box;

        RequestCell(Messages m, Formats f) {
            this.m = m;
            this.f = f;
            what.getStyleClass().add(Styles.TEXT_BOLD);
            what.setMinWidth(Region.USE_PREF_SIZE);
            order.getStyleClass().add("order-number");
            asked.getStyleClass().add(Styles.TEXT_MUTED);
            detail.setWrapText(true);
            HBox first = new HBox(12, what, order);
            first.setAlignment(Pos.BASELINE_LEFT);
            box = new VBox(2, first, detail, asked);
            box.setPadding(new Insets(4, 0, 4, 0));
            // the cell follows the list's width: texts wrap or shorten instead of scrolling sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ApprovalItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            ApprovalRequest r = item.request();
            what.setText(m.label(r.kind()) + (r.amount() == null ? "" : " · " + f.amount(r.amount())));
            order.setText(m.get("inbox.order", item.orderNumber(), item.customer(), m.label(item.orderStatus())));
            asked.setText(m.get("inbox.asked", r.requestedBy(), r.requestedAt() == null ? "" : f.dateTime(r.requestedAt())));
            String text = ApprovalTexts.asked(m, f, r);
            detail.setText(text == null || text.isBlank() ? m.get("inbox.noDetail") : text);
            setGraphic(box);
        }
    }
}
