package fr.cession.ui.order.form;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.payment.AmountDue;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.Amount;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to the manager in one form: its kind, the amount for a refund (pre-filled with what
 * was received and not yet paid back, 004:63), and the detail the manager reads.
 */
public final class ApprovalForm extends OrderForm {

    public static final String KIND = "request.kind";
    public static final String AMOUNT = "request.amount";
    public static final String DETAIL = "request.detail";

    private final UUID orderId;
    private final Actor actor;
    private final List<ApprovalKind> kinds;
    private final AmountDue due;
    private final ObjectProperty<ApprovalKind> kind = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty detail = new SimpleStringProperty("");

    public ApprovalForm(Messages m, Formats f, Host host, OrderFile file, List<ApprovalKind> kinds,
                        ApprovalKind chosen, Actor actor) {
        super(m, f, host, List.of(KIND, AMOUNT, DETAIL));
        this.orderId = file.orderId();
        this.actor = actor;
        this.kinds = List.copyOf(kinds);
        this.due = new AmountDue(file.order(), file.payments());
        kind.addListener((o, a, k) -> {
            amount.set(needsAmount() ? refundable() : "");
            set(AMOUNT, Optional.empty());
        });
        kind.set(chosen != null ? chosen : kinds.isEmpty() ? null : kinds.get(0));
        watch(amount, this::checkAmount);
    }

    @Override
    public String titleKey() {
        return "form.approval.title";
    }

    public List<ApprovalKind> kinds() {
        return kinds;
    }

    public ObjectProperty<ApprovalKind> kindProperty() {
        return kind;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    /** Only a refund carries an amount. */
    public boolean needsAmount() {
        return kind.get() == ApprovalKind.REMBOURSEMENT;
    }

    private String refundable() {
        BigDecimal back = due.due(PaymentKind.REMBOURSEMENT);
        return PaymentForm.format(back);
    }

    @Override
    protected void validateAll() {
        set(KIND, kind.get() == null ? Optional.of(m.get("form.approval.kind") + " : " + m.get("form.required"))
                : Optional.empty());
        checkAmount();
    }

    private void checkAmount() {
        if (!needsAmount()) {
            set(AMOUNT, Optional.empty());
            return;
        }
        String label = m.get("form.approval.amount");
        Optional<String> problem = FieldValidators.amount(label, amount.get());
        if (problem.isEmpty() && Amount.parse(amount.get()).orElse(BigDecimal.ONE).signum() == 0) {
            problem = Optional.of(label + " : " + m.get("form.positive"));
        }
        set(AMOUNT, problem);
    }

    @Override
    protected Command command() {
        ApprovalKind k = kind.get();
        BigDecimal value = needsAmount() ? Amount.parse(amount.get()).orElseThrow() : null;
        String d = detail.get() == null || detail.get().isBlank() ? null : detail.get().trim();
        return actions -> actions.requestApproval(orderId, k, value, d, actor);
    }
}
