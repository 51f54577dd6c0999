package fr.cession.ui.order.form;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 004:60-76 "Annulation": the case and the reason together. The case is pre-chosen from what was
 * received: only the reservation fee, or more.
 */
public final class CancelForm extends OrderForm {

    public static final String CASE = "cancellation.case";
    public static final String REASON = "cancellation.reason";

    private final UUID orderId;
    private final Actor actor;
    private final ObjectProperty<CancellationCase> cancellationCase = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");

    public CancelForm(Messages m, Formats f, Host host, OrderFile file, Actor actor) {
        super(m, f, host, List.of(CASE, REASON));
        this.orderId = file.orderId();
        this.actor = actor;
        boolean moreThanFee = file.payments().stream()
                .anyMatch(p -> p.isReceived() && p.kind() != PaymentKind.FRAIS_RESERVATION
                        && p.kind() != PaymentKind.REMBOURSEMENT);
        cancellationCase.set(moreThanFee ? CancellationCase.FONDS_RECUS : CancellationCase.FRAIS_RESERVATION_SEULS);
        watch(reason, this::checkReason);
    }

    @Override
    public String titleKey() {
        return "form.cancel.title";
    }

    public List<CancellationCase> cases() {
        return Arrays.asList(CancellationCase.values());
    }

    public ObjectProperty<CancellationCase> caseProperty() {
        return cancellationCase;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    @Override
    protected void validateAll() {
        set(CASE, cancellationCase.get() == null ? Optional.of(m.get("form.cancel.case") + " : "
                + m.get("form.required")) : Optional.empty());
        checkReason();
    }

    private void checkReason() {
        set(REASON, FieldValidators.required(m.get("form.cancel.reason"), reason.get()));
    }

    @Override
    protected Command command() {
        CancellationCase c = cancellationCase.get();
        String r = reason.get().trim();
        return actions -> actions.cancel(orderId, c, r, actor);
    }
}
