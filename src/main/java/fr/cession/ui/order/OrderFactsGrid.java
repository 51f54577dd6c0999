package fr.cession.ui.order;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.rules.AfterSaleWindows;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Optional;

/** The order file's facts at a glance: two name / value columns, redrawn with each saved file. */
final class OrderFactsGrid extends GridPane {

    private final Messages m;
    private final Formats f;

    OrderFactsGrid(Messages m, Formats f) {
        this.m = m;
        this.f = f;
        setId("order-facts");
        setHgap(24);
        setVgap(4);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setMinWidth(i % 2 == 0 ? 130 : 160);
            if (i % 2 == 1) {
                c.setHgrow(Priority.ALWAYS); // the values share what the names leave
            }
            getColumnConstraints().add(c);
        }
    }

    void show(OrderFile file, Optional<AfterSaleWindows> windows) {
        getChildren().clear();
        if (file == null) {
            return;
        }
        Order o = file.order();
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
        if (o.vehicleReceivedOn() != null) {
            pair(r, 0, "order.field.received", f.date(o.vehicleReceivedOn()));
            pair(r++, 2, "order.field.withdrawalNotice", o.withdrawalNoticeOn() == null
                    ? m.get("order.field.noWithdrawal") : m.get("order.field.noticeOn", f.date(o.withdrawalNoticeOn())));
        }
        if (windows.isPresent()) {
            AfterSaleWindows w = windows.get();
            pair(r, 0, "order.field.returnWindow", m.get("order.returnWindow", w.returnDays(), f.date(w.returnLastDay())));
            pair(r++, 2, "order.field.withdrawalWindow", m.get(w.withdrawalApplies()
                    ? "order.withdrawalWindow.applies" : "order.withdrawalWindow.notApplies", w.withdrawalDays(),
                    f.date(w.withdrawalLastDay())));
        }
        if (o.cancellation() != null) {
            pair(r, 0, "order.field.cancellation", m.label(o.cancellation().cancellationCase()) + " — "
                    + o.cancellation().reason());
        }
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (a != null && b != null ? " · " : "") + (b == null ? "" : b);
    }

    private void pair(int row, int col, String key, String value) {
        Label k = new Label(m.get(key));
        k.getStyleClass().add("text-muted");
        k.setMinWidth(Region.USE_PREF_SIZE); // a field's name is never cut
        Label v = new Label(value);
        v.getStyleClass().add("text-bold");
        v.setWrapText(true); // long values (the after-sale windows) wrap rather than end in « … »
        add(k, col, row);
        add(v, col + 1, row);
    }
}
