package fr.cession.ui.conflict;

import atlantafx.base.theme.Styles;
import fr.cession.sync.protocol.OpenConflict;
import fr.cession.sync.protocol.OrderToFix;
import fr.cession.sync.protocol.RefusedChange;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Instant;

/**
 * The "Conflits" screen: pick the value to keep for each conflict; fix, resend or withdraw the orders
 * the central database refused to create (« À corriger »); read the refused changes.
 */
public final class ConflictsView extends ScrollPane {

    private final ConflictsViewModel vm;
    private final Messages m;
    private final Formats f;
    private final VBox conflictsBox = new VBox(10);
    private final VBox refusalsBox = new VBox(8);
    private final VBox toFixBox = new VBox(10);
    private final Button refresh;

    public ConflictsView(ConflictsViewModel vm, Messages m, Formats f) {
        this.vm = vm;
        this.m = m;
        this.f = f;
        setId("conflicts-view");
        setFitToWidth(true);
        Label title = new Label(m.get("conflict.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label(m.get("conflict.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        refresh = new Button(m.get("conflict.refresh"), new FontIcon(Material2MZ.REFRESH));
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.busyProperty());
        conflictsBox.setId("conflicts-list");
        refusalsBox.setId("refusals-list");
        toFixBox.setId("tofix-list");
        Label toFixHint = new Label(m.get("tofix.hint"));
        toFixHint.getStyleClass().add(Styles.TEXT_MUTED);
        toFixHint.setWrapText(true);
        Label notice = new Label();
        notice.setId("tofix-notice");
        notice.setWrapText(true);
        notice.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox toFix = section("tofix.section", new VBox(8, toFixHint, notice, toFixBox));
        toFix.setId("tofix-section");
        VBox content = new VBox(14, new HBox(12, title, refresh), hint,
                section("conflict.section.conflicts", conflictsBox), toFix,
                section("conflict.section.refusals", refusalsBox));
        content.setPadding(new Insets(16));
        setContent(content);
        vm.conflicts().addListener((ListChangeListener<ConflictsViewModel.ConflictRow>) c -> showConflicts());
        vm.refusals().addListener((ListChangeListener<ConflictsViewModel.RefusalRow>) c -> showRefusals());
        vm.toFix().addListener((ListChangeListener<OrderToFix>) c -> showToFix());
        showConflicts();
        showRefusals();
        showToFix();
    }

    private VBox section(String key, Node body) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, l, body);
        box.getStyleClass().add("section-card");
        box.setPadding(new Insets(12));
        return box;
    }

    private void showConflicts() {
        conflictsBox.getChildren().clear();
        if (vm.conflicts().isEmpty()) {
            Label none = new Label(m.get("conflict.none"), new FontIcon(Material2AL.CHECK_CIRCLE));
            none.getStyleClass().add(Styles.SUCCESS);
            conflictsBox.getChildren().add(none);
        }
        for (ConflictsViewModel.ConflictRow row : vm.conflicts()) {
            conflictsBox.getChildren().add(conflict(row));
        }
    }

    private Node conflict(ConflictsViewModel.ConflictRow row) {
        OpenConflict c = row.conflict();
        Label what = new Label(row.what(), new FontIcon(Material2MZ.WARNING));
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        side(grid, 0, row, "conflict.kept", c.keptValue(), row.keptText(), row.keptBy(), c.keptSite(), c.keptAt(),
                "conflict-keep");
        side(grid, 1, row, "conflict.lost", c.lostValue(), row.lostText(), row.lostBy(), c.lostSite(), c.lostAt(),
                "conflict-take");
        VBox box = new VBox(6, what, grid);
        box.getStyleClass().add("conflict-card");
        box.setPadding(new Insets(8));
        return box;
    }

    /** @param value the raw value the choice keeps; @param shown the same as a person reads it */
    private void side(GridPane grid, int r, ConflictsViewModel.ConflictRow row, String key, String value, String shown,
                      String by, String site, Instant at, String id) {
        Label label = new Label(m.get(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(130);
        Label v = new Label(shown);
        v.getStyleClass().addAll("conflict-value", Styles.TEXT_BOLD);
        v.setWrapText(true);
        v.setMaxWidth(380);
        Label who = new Label(m.get("conflict.author", by, site == null ? m.get("conflict.unknown") : site,
                at == null ? "" : f.dateTime(at)));
        who.getStyleClass().add(Styles.TEXT_MUTED);
        Button pick = new Button(m.get("conflict.choose"), new FontIcon(Material2AL.CHECK));
        pick.getStyleClass().add(Styles.SMALL);
        pick.setId(id);
        pick.disableProperty().bind(vm.busyProperty());
        pick.setOnAction(e -> vm.resolve(row, value));
        grid.addRow(r, label, v, who, pick);
    }

    private void showToFix() {
        // rebuilding the rows drops the focused button: a keyboard user keeps working in the list
        boolean focusHere = getScene() != null && getScene().getFocusOwner() != null
                && isInside(getScene().getFocusOwner(), toFixBox);
        toFixBox.getChildren().clear();
        if (vm.toFix().isEmpty()) {
            Label none = new Label(m.get("tofix.none"), new FontIcon(Material2AL.CHECK_CIRCLE));
            none.getStyleClass().add(Styles.SUCCESS);
            toFixBox.getChildren().add(none);
        }
        Button first = null;
        for (OrderToFix row : vm.toFix()) {
            Label what = new Label(m.get("tofix.what", row.number(),
                    row.refusedAt() == null ? "" : f.dateTime(row.refusedAt())), new FontIcon(Material2AL.BLOCK));
            what.getStyleClass().add(Styles.TEXT_BOLD);
            what.setWrapText(true);
            Label reason = new Label(row.reason());
            reason.getStyleClass().addAll("tofix-reason", Styles.DANGER);
            reason.setWrapText(true);
            Button renumber = action("tofix.renumber", "tofix.renumber.tip", "tofix-renumber",
                    Material2AL.FORMAT_LIST_NUMBERED,
                    () -> RenumberDialog.show(vm.renumbering(row), m, getScene() == null ? null : getScene().getWindow()));
            Button open = action("tofix.open", "tofix.open.tip", "tofix-open", Material2MZ.OPEN_IN_NEW,
                    () -> vm.openOrder(row));
            Button resend = action("tofix.resend", "tofix.resend.tip", "tofix-resend", Material2MZ.SEND,
                    () -> vm.resend(row));
            resend.getStyleClass().add(Styles.ACCENT);
            Button withdraw = action("tofix.withdraw", "tofix.withdraw.tip", "tofix-withdraw",
                    Material2MZ.REMOVE_CIRCLE_OUTLINE, () -> vm.withdraw(row));
            withdraw.getStyleClass().add(Styles.DANGER);
            HBox actions = new HBox(8, renumber, open, resend, withdraw);
            actions.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(6, what, reason, actions);
            card.getStyleClass().add("tofix-card");
            card.setUserData(row.orderId());
            card.setPadding(new Insets(8));
            toFixBox.getChildren().add(card);
            first = first == null ? renumber : first;
        }
        if (focusHere) {
            (first == null ? refresh : first).requestFocus();
        }
    }

    /** One action of a row: its mnemonic (Alt+letter, the « _ » of its text) and its tooltip name the same key. */
    private Button action(String key, String tip, String id, org.kordamp.ikonli.Ikon icon, Runnable run) {
        Button b = new Button(m.get(key), new FontIcon(icon));
        b.setMnemonicParsing(true);
        b.setTooltip(new Tooltip(m.get(tip)));
        b.getStyleClass().add(Styles.SMALL);
        b.setId(id);
        b.disableProperty().bind(vm.busyProperty());
        b.setOnAction(e -> run.run());
        return b;
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private void showRefusals() {
        refusalsBox.getChildren().clear();
        if (vm.refusals().isEmpty()) {
            refusalsBox.getChildren().add(new Label(m.get("refusal.none")));
        }
        for (ConflictsViewModel.RefusalRow row : vm.refusals()) {
            RefusedChange r = row.refusal();
            Label reason = new Label(r.reason(), new FontIcon(Material2AL.BLOCK));
            reason.getStyleClass().add(Styles.DANGER);
            reason.setWrapText(true);
            Label meta = new Label(m.get("refusal.meta", row.entity(), row.orderNumber(), row.changedBy(),
                    r.refusedAt() == null ? "" : f.dateTime(r.refusedAt())));
            meta.getStyleClass().add(Styles.TEXT_MUTED);
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            Button read = new Button(m.get("refusal.acknowledge"));
            read.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            read.setId("refusal-acknowledge");
            read.setOnAction(e -> vm.acknowledge(row));
            HBox line = new HBox(10, new VBox(2, reason, meta), spring, read);
            line.setAlignment(Pos.CENTER_LEFT);
            refusalsBox.getChildren().add(line);
        }
    }
}
