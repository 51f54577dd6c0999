package fr.cession.ui.order.form;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.AmountDue;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.validation.Amount;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment in one form: its part (fee, down payment, loan, balance, refund), the amount
 * pre-filled with what is still due for that part, and whether the funds are in now or only
 * announced (a transfer order, 004:40).
 */
public final class PaymentForm extends OrderForm {

    public static final String KIND = "payment.kind";
    public static final String AMOUNT = "payment.amount";

    private final AmountDue due;
    private final UUID orderId;
    private final Actor actor;
    private final ObjectProperty<PaymentKind> kind = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final BooleanProperty receivedNow = new SimpleBooleanProperty(true);
    private final boolean chequeForAHandler;

    public PaymentForm(Messages m, Formats f, Host host, OrderFile file, Actor actor) {
        super(m, f, host, List.of(KIND, AMOUNT));
        this.due = new AmountDue(file.order(), file.payments());
        this.orderId = file.orderId();
        this.actor = actor;
        // 004:55: a bank cheque is announced by anyone, its receipt recorded by a designated handler
        this.chequeForAHandler = file.order().paymentMethod() == PaymentMethod.CHQ
                && !actor.holds(Role.RESPONSABLE_CHEQUES);
        receivedNow.set(!chequeForAHandler);
        // a new part brings its own amount due: what was typed for the previous part no longer applies
        kind.addListener((o, a, k) -> amount.set(k == null ? "" : format(due.due(k))));
        kind.set(due.nextKind());
        watch(amount, this::checkAmount);
        watch(kind, () -> set(KIND, kind.get() == null ? Optional.of(m.get("form.payment.kind") + " : "
                + m.get("form.required")) : Optional.empty()));
    }

    @Override
    public String titleKey() {
        return "form.payment.title";
    }

    public List<PaymentKind> kinds() {
        return Arrays.asList(PaymentKind.values());
    }

    public ObjectProperty<PaymentKind> kindProperty() {
        return kind;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public BooleanProperty receivedNowProperty() {
        return receivedNow;
    }

    /** Whether only a bank cheque handler may say the funds are in (the box is then off, with {@link #receiptHint}). */
    public boolean receiptForAHandler() {
        return chequeForAHandler;
    }

    public String receiptHint() {
        return chequeForAHandler ? m.get("form.payment.chequeHandlers") : "";
    }

    /** What is still due for the chosen part, for the hint under the amount. */
    public String dueHint() {
        return kind.get() == null ? "" : m.get("form.payment.due", f.amount(due.due(kind.get())),
                f.amount(due.total()));
    }

    @Override
    protected void validateAll() {
        set(KIND, kind.get() == null ? Optional.of(m.get("form.payment.kind") + " : " + m.get("form.required"))
                : Optional.empty());
        checkAmount();
    }

    private void checkAmount() {
        String label = m.get("form.payment.amount");
        Optional<String> problem = FieldValidators.amount(label, amount.get());
        if (problem.isEmpty() && Amount.parse(amount.get()).orElse(BigDecimal.ONE).signum() == 0) {
            problem = Optional.of(label + " : " + m.get("form.positive"));
        }
        set(AMOUNT, problem);
    }

    @Override
    protected Command command() {
        BigDecimal value = Amount.parse(amount.get()).orElseThrow();
        PaymentKind k = kind.get();
        boolean now = receivedNow.get();
        return actions -> actions.recordPayment(orderId, k, value, now, actor);
    }

    /** As a French user types it ("18 490,00"), so the pre-filled value reads back unchanged. */
    static String format(BigDecimal value) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.FRANCE);
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        return nf.format(value);
    }
}
