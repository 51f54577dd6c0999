package fr.cession.ui.order;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Lender;
import fr.cession.domain.payment.Cents;
import fr.cession.domain.payment.Ledger;
import fr.cession.domain.payment.MovementState;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The order's ledger as the order file shows it: one row per movement with its state and the
 * people who recorded, received and released it, and the totals due, held and released, always
 * computed by {@link Ledger} from the movements. Pure computation on the file already loaded.
 */
public final class LedgerViewModel {

    /** One movement, every text ready to draw. */
    public record Row(String movement, String amount, MovementState state, String stateText, String people) {
    }

    private final Messages m;
    private final Formats f;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper due = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper held = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper released = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper announced = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refunded = new ReadOnlyStringWrapper("");

    public LedgerViewModel(ObservableValue<OrderFile> file, Messages m, Formats f) {
        this.m = m;
        this.f = f;
        file.addListener((o, before, after) -> show(after));
        show(file.getValue());
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty dueProperty() {
        return due.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heldProperty() {
        return held.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty releasedProperty() {
        return released.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty announcedProperty() {
        return announced.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refundedProperty() {
        return refunded.getReadOnlyProperty();
    }

    private void show(OrderFile file) {
        if (file == null) {
            rows.clear();
            return;
        }
        Ledger ledger = new Ledger(file.payments());
        List<Row> out = new ArrayList<>();
        for (Payment p : ledger.movements()) {
            MovementState state = MovementState.of(p);
            out.add(new Row(movement(file, p), f.amount(p.amount()), state, m.label(state), people(p)));
        }
        rows.setAll(out);
        BigDecimal price = file.order().vehicle().price();
        due.set(euros(price == null ? 0 : ledger.due(price)));
        held.set(euros(ledger.held()));
        released.set(euros(ledger.released()));
        announced.set(euros(ledger.announced()));
        refunded.set(euros(ledger.refunded() + ledger.toRefund()));
    }

    /** "Financement · Crédit (Cofidis)": the lender's wallet is named (004:53). */
    private String movement(OrderFile file, Payment p) {
        String text = m.label(p.kind()) + " · " + m.label(p.method());
        Lender lender = file.order().financing().lender();
        if (p.kind() == PaymentKind.FINANCEMENT && lender != null) {
            text += " (" + m.label(lender) + ")";
        }
        return p.payerName() == null ? text : text + " · " + m.get("ledger.payer", p.payerName());
    }

    private String people(Payment p) {
        List<String> steps = new ArrayList<>();
        if (p.recordedBy() != null) {
            steps.add(m.get("ledger.by.recorded", p.recordedBy()));
        }
        if (p.receivedBy() != null) {
            steps.add(m.get(p.isRefund() ? "ledger.by.paid" : "ledger.by.received", p.receivedBy(),
                    f.dateTime(p.receivedAt())));
        } else if (p.receivedAt() != null) {
            steps.add(m.get(p.isRefund() ? "ledger.at.paid" : "ledger.at.received", f.dateTime(p.receivedAt())));
        }
        if (p.releasedAt() != null) {
            steps.add(m.get("ledger.by.released", p.releasedBy() == null ? "?" : p.releasedBy(),
                    f.dateTime(p.releasedAt())));
        }
        return String.join(" · ", steps);
    }

    private String euros(long cents) {
        return f.amount(Cents.euros(cents));
    }
}
