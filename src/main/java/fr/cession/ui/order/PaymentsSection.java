package fr.cession.ui.order;

import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Consumer;

/** The order's payments; an announced one is confirmed from its row ("Fonds reçus", or C on the row). */
final class PaymentsSection extends VBox {

    private final OrderFileViewModel vm;
    private final Messages m;
    private final Formats f;
    private final Consumer<Node> anchor;

    PaymentsSection(OrderFileViewModel vm, Messages m, Formats f, Consumer<Node> anchor) {
        super(4);
        this.vm = vm;
        this.m = m;
        this.f = f;
        this.anchor = anchor;
        setId("order-payments");
        vm.payments().addListener((ListChangeListener<Payment>) c -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        if (vm.payments().isEmpty()) {
            getChildren().add(new Label(m.get("order.payments.none")));
        }
        for (Payment p : vm.payments()) {
            boolean refund = p.kind() == PaymentKind.REMBOURSEMENT;
            String when = refund ? refundState(p) : p.receivedAt() != null
                    ? m.get("order.payment.receivedAt", f.dateTime(p.receivedAt())) : m.get("order.payment.announced");
            HBox line = new HBox(10, new Label(m.label(p.kind()) + " · " + m.label(p.method()) + " · "
                    + f.amount(p.amount()) + " · " + when, new FontIcon(Material2MZ.PAYMENTS)));
            line.setAlignment(Pos.CENTER_LEFT);
            if (p.receivedAt() == null) {
                // a refund to pay is money leaving: its button says so, and confirming it is paying it
                Button confirm = ChecklistSection.small(m.get(refund ? "order.payment.refundDone"
                        : "order.payment.confirm"), () -> {
                    anchor.accept(line);
                    vm.confirmReceived(p);
                });
                confirm.setId(refund ? "payment-refund-done" : "payment-confirm");
                confirm.setTooltip(new Tooltip(m.get(refund ? "order.payment.refundDone.tip"
                        : "order.payment.confirm.tip")));
                line.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.C && !e.isShortcutDown()) {
                        confirm.fire();
                        e.consume();
                    }
                });
                line.getChildren().add(confirm);
            }
            getChildren().add(line);
        }
    }

    private String refundState(Payment p) {
        if (p.receivedAt() != null) {
            return m.get("order.payment.refundPaidAt", f.dateTime(p.receivedAt()));
        }
        return p.reference() == null ? m.get("order.payment.refundToPay")
                : m.get("order.payment.refundToPayIban", p.reference());
    }
}
