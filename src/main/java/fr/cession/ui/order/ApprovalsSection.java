package fr.cession.ui.order;

import atlantafx.base.theme.Styles;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.ui.i18n.ApprovalTexts;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The order's requests to a manager with their status. A manager decides from here; anyone else
 * sees why the buttons are not theirs ("Seul un manager peut décider") and may ask a manager.
 */
final class ApprovalsSection extends VBox {

    private final OrderFileViewModel vm;
    private final Messages m;
    private final Formats f;
    private final VBox rows = new VBox(6);
    private final MenuButton ask = new MenuButton();

    ApprovalsSection(OrderFileViewModel vm, Messages m, Formats f) {
        super(8);
        this.vm = vm;
        this.m = m;
        this.f = f;
        setId("order-approvals");
        ask.setText(m.get("approval.request"));
        ask.setGraphic(new FontIcon(Material2MZ.SUPERVISOR_ACCOUNT));
        ask.setId("approval-request");
        ask.getStyleClass().add(Styles.SMALL);
        getChildren().addAll(rows, ask);
        vm.approvals().addListener((ListChangeListener<ApprovalRequest>) c -> show());
        vm.fileProperty().addListener((o, a, b) -> showAsk());
        show();
    }

    private void showAsk() {
        ask.getItems().clear();
        for (ApprovalKind kind : vm.requestableApprovals()) {
            MenuItem item = new MenuItem(m.label(kind));
            item.setId("approval-request-" + kind.name());
            item.setOnAction(e -> vm.requestApproval(kind));
            ask.getItems().add(item);
        }
        ask.setDisable(ask.getItems().isEmpty());
    }

    private void show() {
        rows.getChildren().clear();
        if (vm.approvals().isEmpty()) {
            rows.getChildren().add(new Label(m.get("approval.none")));
        }
        for (ApprovalRequest a : vm.approvals()) {
            rows.getChildren().add(row(a));
        }
    }

    private VBox row(ApprovalRequest a) {
        Label kind = new Label(m.label(a.kind()) + (a.amount() == null ? "" : " · " + f.amount(a.amount())));
        kind.getStyleClass().add(Styles.TEXT_BOLD);
        Label status = new Label(m.label(a.status()));
        status.getStyleClass().addAll("approval-status", "approval-" + a.status().name());
        Label asked = new Label(m.get("approval.requestedBy", a.requestedBy(),
                a.requestedAt() == null ? "" : f.dateTime(a.requestedAt())));
        asked.getStyleClass().add(Styles.TEXT_MUTED);
        // the line wraps rather than cutting a kind, a status or a date with "…" in a narrow file
        kind.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane line = new FlowPane(10, 4, kind, status, asked);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setId("approval-" + a.kind().name());
        if (vm.canWithdraw(a)) {
            Button withdraw = button("approval.withdraw", Material2AL.CLOSE, () -> vm.withdraw(a));
            withdraw.getStyleClass().add(Styles.FLAT);
            withdraw.setId("approval-withdraw");
            line.getChildren().add(withdraw);
        }
        if (a.status() == ApprovalStatus.DEMANDEE) {
            if (vm.canDecide()) {
                Button approve = button("approval.approve", Material2AL.CHECK, () -> vm.decide(a, true));
                approve.getStyleClass().add(Styles.SUCCESS);
                approve.setId("approval-approve");
                Button refuse = button("approval.refuse", Material2AL.BLOCK, () -> vm.decide(a, false));
                refuse.getStyleClass().add(Styles.DANGER);
                refuse.setId("approval-refuse");
                line.getChildren().addAll(approve, refuse);
            } else {
                Label why = new Label(m.get("approval.managerOnly"), new FontIcon(Material2AL.LOCK));
                why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                why.setId("approval-why");
                line.getChildren().add(why);
            }
        } else if (a.status() == ApprovalStatus.RETIREE) {
            // who took it back and why ("date modifiée"), in the interface language
            Label withdrawn = new Label(m.get("approval.withdrawnBy", a.decidedBy() == null ? "" : a.decidedBy(),
                    a.decidedAt() == null ? "" : f.dateTime(a.decidedAt()),
                    a.withdrawalReason().map(m::label).orElse("")));
            withdrawn.getStyleClass().add(Styles.TEXT_MUTED);
            withdrawn.setId("approval-withdrawn");
            line.getChildren().add(withdrawn);
        } else if (a.decidedBy() != null) {
            Label decided = new Label(m.get("approval.decidedBy", a.decidedBy(),
                    a.decidedAt() == null ? "" : f.dateTime(a.decidedAt())));
            decided.getStyleClass().add(Styles.TEXT_MUTED);
            line.getChildren().add(decided);
        }
        VBox box = new VBox(2, line);
        String what = ApprovalTexts.asked(m, f, a);
        if (what != null && !what.isBlank()) {
            Label detail = new Label(what);
            detail.setWrapText(true);
            detail.getStyleClass().add(Styles.TEXT_SMALL);
            box.getChildren().add(detail);
        }
        a.refusalReason().ifPresent(reason -> {
            Label why = new Label(m.get("approval.refusalReason", reason));
            why.setWrapText(true);
            why.setId("approval-refusal-reason");
            why.getStyleClass().add(Styles.DANGER);
            box.getChildren().add(why);
        });
        return box;
    }

    private Button button(String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(m.get(key), new FontIcon(icon));
        b.getStyleClass().add(Styles.SMALL);
        b.setOnAction(e -> action.run());
        return b;
    }
}
