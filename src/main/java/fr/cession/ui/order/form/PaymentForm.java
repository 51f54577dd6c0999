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
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * A payment in one form: its part (fee, down payment, loan, balance, refund), the way it was paid
 * (the order's by default; cash is a ledger movement the workflow caps, D112-3), the amount
 * pre-filled with what is still due for that part, the payer's name when it is not the buyer's
 * (003:9's red flag), and whether the funds are in now or only announced (a transfer order, 004:40).
 */
public final class PaymentForm extends OrderForm {

    public static final String KIND = "payment.kind";
    public static final String AMOUNT = "payment.amount";
    public static final String METHOD = "payment.method";
    public static final String PAYER = "payment.payer";

    /** The column's width (payment.payer_name). */
    private static final int PAYER_MAX = 120;

    private final AmountDue due;
    private final UUID orderId;
    private final Actor actor;
    private final ObjectProperty<PaymentKind> kind = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final BooleanProperty receivedNow = new SimpleBooleanProperty(true);
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final StringProperty payer = new SimpleStringProperty("");
    private final BooleanBinding chequeForAHandler;

    public PaymentForm(Messages m, Formats f, Host host, OrderFile file, Actor actor) {
        super(m, f, host, List.of(KIND, METHOD, AMOUNT, PAYER));
        this.due = new AmountDue(file.order(), file.payments());
        this.orderId = file.orderId();
        this.actor = actor;
        method.set(file.order().paymentMethod() == null ? PaymentMethod.VIR : file.order().paymentMethod());
        // 004:55: a bank cheque is announced by anyone, its receipt recorded by a designated handler
        boolean handler = actor.holds(Role.RESPONSABLE_CHEQUES);
        this.chequeForAHandler = Bindings.createBooleanBinding(() -> method.get() == PaymentMethod.CHQ && !handler,
                method);
        receivedNow.set(!chequeForAHandler.get());
        chequeForAHandler.addListener((o, was, now) -> receivedNow.set(!now));
        watch(method, () -> set(METHOD, method.get() == null ? Optional.of(m.get("form.payment.method") + " : "
                + m.get("form.required")) : Optional.empty()));
        watch(payer, this::checkPayer);
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

    /** Every way a movement is paid, cash included (the workflow refuses it above the legal limit). */
    public List<PaymentMethod> methods() {
        return Arrays.asList(PaymentMethod.values());
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public StringProperty payerProperty() {
        return payer;
    }

    /**
     * Whether only a bank cheque handler may say the funds are in (the box is then off, with
     * {@link #receiptHint}); follows the way of paying chosen.
     */
    public BooleanBinding receiptForAHandlerProperty() {
        return chequeForAHandler;
    }

    public boolean receiptForAHandler() {
        return chequeForAHandler.get();
    }

    public String receiptHint() {
        return m.get("form.payment.chequeHandlers");
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
        set(METHOD, method.get() == null ? Optional.of(m.get("form.payment.method") + " : " + m.get("form.required"))
                : Optional.empty());
        checkAmount();
        checkPayer();
    }

    private void checkPayer() {
        String value = payer.get() == null ? "" : payer.get().trim();
        set(PAYER, value.length() > PAYER_MAX ? Optional.of(m.get("form.payment.payer") + " : "
                + m.get("form.payment.payer.tooLong", PAYER_MAX)) : Optional.empty());
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
        PaymentMethod how = method.get();
        String name = payer.get() == null || payer.get().isBlank() ? null : payer.get().trim();
        return actions -> actions.recordPayment(orderId, k, how, value, now, name, actor);
    }

    /** As a French user types it ("18 490,00"), so the pre-filled value reads back unchanged. */
    static String format(BigDecimal value) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.FRANCE);
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        return nf.format(value);
    }
}
