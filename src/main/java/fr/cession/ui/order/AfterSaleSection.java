package fr.cession.ui.order;

import atlantafx.base.theme.Styles;
import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.order.form.AfterSaleForm;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * « Après-vente »: the buyer's complaints (001:35), the disputes they become (001:42) and the return
 * within the seven days (003:6), each with the step that comes next. A new complaint or return is
 * for a sold order (Ctrl+Maj+K, Ctrl+Maj+T); a dispute waits for a manager in « À valider ».
 */
final class AfterSaleSection extends VBox {

    private final OrderFileForms forms;
    private final Messages m;
    private final Formats f;
    private final VBox rows = new VBox(6);
    private final Button complaint;
    private final Button giveBack;

    AfterSaleSection(OrderFileViewModel vm, OrderFileForms forms, Messages m, Formats f) {
        super(8);
        this.forms = forms;
        this.m = m;
        this.f = f;
        setId("order-aftersale");
        complaint = button("order.aftersale.complaint", Material2AL.FEEDBACK, "aftersale-complaint",
                () -> forms.afterSale(AfterSaleForm.Step.COMPLAINT, null));
        complaint.setTooltip(new Tooltip(m.get("order.aftersale.complaint.tip")));
        giveBack = button("order.aftersale.return", Material2AL.ASSIGNMENT_RETURN, "aftersale-return",
                () -> forms.afterSale(AfterSaleForm.Step.RETURN, null));
        giveBack.setTooltip(new Tooltip(m.get("order.aftersale.return.tip")));
        getChildren().addAll(rows, new FlowPane(8, 8, complaint, giveBack));
        vm.fileProperty().addListener((o, a, file) -> show(file));
        show(vm.fileProperty().get());
    }

    private void show(OrderFile file) {
        rows.getChildren().clear();
        boolean sold = file != null && file.order().status() == OrderStatus.VENDUE;
        complaint.setDisable(!sold);
        giveBack.setDisable(!sold);
        if (file == null || file.afterSale().isEmpty()) {
            rows.getChildren().add(new Label(m.get(sold ? "order.aftersale.none" : "order.aftersale.notSold")));
            return;
        }
        for (AfterSaleCase c : file.afterSale()) {
            rows.getChildren().add(row(c));
        }
    }

    private VBox row(AfterSaleCase c) {
        Label kind = new Label(m.label(c.kind()) + " · " + m.label(c.status()));
        kind.getStyleClass().add(Styles.TEXT_BOLD);
        kind.setId("aftersale-status");
        Label asked = new Label(m.get("order.aftersale.asked", f.date(c.openedOn()), c.request()));
        asked.setWrapText(true);
        VBox box = new VBox(4, kind, asked);
        box.getStyleClass().add("aftersale-" + c.status().name());
        if (c.answer() != null) {
            box.getChildren().add(muted(m.get("order.aftersale.answer", c.answer())));
        }
        if (c.decision() != null) {
            box.getChildren().add(muted(m.get("order.aftersale.decision", m.label(c.decision()),
                    c.decisionAmount() == null ? "" : f.amount(c.decisionAmount()))));
        }
        if (c.pickupOn() != null) {
            box.getChildren().add(muted(m.get("order.aftersale.pickup", f.date(c.pickupOn()), c.pickupReference())));
        }
        if (c.mileageKm() != null) {
            box.getChildren().add(muted(m.get("order.aftersale.inspected", c.mileageKm(), c.damage())));
        }
        FlowPane next = new FlowPane(8, 4);
        next.setAlignment(Pos.CENTER_LEFT);
        switch (c.status()) {
            case OUVERTE -> next.getChildren().addAll(
                    step("order.aftersale.accept", Material2AL.CHECK, "aftersale-accept", AfterSaleForm.Step.ACCEPT, c),
                    step("order.aftersale.refuse", Material2AL.BLOCK, "aftersale-refuse", AfterSaleForm.Step.REFUSE, c));
            case REFUSEE -> next.getChildren().add(step("order.aftersale.dispute", Material2AL.GAVEL,
                    "aftersale-dispute", AfterSaleForm.Step.DISPUTE, c));
            case LITIGE -> next.getChildren().add(muted(m.get("order.aftersale.waitingManager")));
            case RETOUR_NOTIFIE -> next.getChildren().add(step("order.aftersale.pickupBook", Material2AL.LOCAL_SHIPPING,
                    "aftersale-pickup", AfterSaleForm.Step.PICKUP, c));
            case ENLEVEMENT_PLANIFIE -> next.getChildren().addAll(
                    step("order.aftersale.pickupBook", Material2AL.LOCAL_SHIPPING, "aftersale-pickup",
                            AfterSaleForm.Step.PICKUP, c),
                    step("order.aftersale.inspect", Material2MZ.SEARCH, "aftersale-inspect", AfterSaleForm.Step.INSPECT, c));
            default -> {
            }
        }
        if (!next.getChildren().isEmpty()) {
            box.getChildren().add(next);
        }
        return box;
    }

    private Button step(String key, org.kordamp.ikonli.Ikon icon, String id, AfterSaleForm.Step s, AfterSaleCase c) {
        return button(key, icon, id, () -> forms.afterSale(s, c));
    }

    private Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private Button button(String key, org.kordamp.ikonli.Ikon icon, String id, Runnable action) {
        Button b = new Button(m.get(key), new FontIcon(icon));
        b.getStyleClass().add(Styles.SMALL);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
