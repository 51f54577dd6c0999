package fr.cession.ui.order.form;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A document received (its issue date, picked; 004:43 checks it is recent enough on the day) or
 * refused (the reason the customer reads to know what to send again).
 */
public final class DocumentForm extends OrderForm {

    public static final String ISSUED_ON = "document.issuedOn";
    public static final String REASON = "document.refusalReason";
    /** A RIB's IBAN (004:69): the refund goes to it, so the workflow refuses a RIB received without one. */
    public static final String REFERENCE = "document.reference";

    public enum Mode { RECU, REFUS }

    private final Mode mode;
    private final UUID orderId;
    private final DocumentType type;
    private final Actor actor;
    private final LocalDate today;
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");

    public DocumentForm(Messages m, Formats f, Host host, UUID orderId, OrderDocument doc, Mode mode,
                        LocalDate today, Actor actor) {
        super(m, f, host, List.of(ISSUED_ON, REASON, REFERENCE));
        this.mode = mode;
        this.orderId = orderId;
        this.type = doc.type();
        this.actor = actor;
        this.today = today;
        issuedOn.set(doc.issuedOn() != null ? doc.issuedOn() : today);
        watch(issuedOn, this::checkDate);
        watch(reason, this::checkReason);
        if (doc.reference() != null) {
            reference.set(doc.reference());
        }
        watch(reference, this::checkReference);
    }

    @Override
    public String titleKey() {
        return mode == Mode.RECU ? "form.document.received.title" : "form.document.refused.title";
    }

    public Mode mode() {
        return mode;
    }

    public DocumentType type() {
        return type;
    }

    public ObjectProperty<LocalDate> issuedOnProperty() {
        return issuedOn;
    }

    /** Whether the form asks the IBAN: a RIB received. */
    public boolean asksIban() {
        return mode == Mode.RECU && type == DocumentType.RIB;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    @Override
    protected void validateAll() {
        if (mode == Mode.RECU) {
            checkDate();
            checkReference();
        } else {
            checkReason();
        }
    }

    private void checkDate() {
        String label = m.get("form.document.issuedOn");
        LocalDate d = issuedOn.get();
        set(ISSUED_ON, d == null ? Optional.of(label + " : " + m.get("form.dateExpected"))
                : d.isAfter(today) ? Optional.of(label + " : " + m.get("form.future")) : Optional.empty());
    }

    private void checkReference() {
        if (asksIban()) {
            set(REFERENCE, FieldValidators.iban(reference.get())
                    .map(problem -> m.get("form.document.iban.invalid", problem)));
        }
    }

    private void checkReason() {
        if (mode == Mode.REFUS) {
            set(REASON, FieldValidators.required(m.get("form.document.reason"), reason.get()));
        }
    }

    @Override
    protected Command command() {
        if (mode == Mode.RECU) {
            LocalDate d = issuedOn.get();
            String iban = asksIban() ? reference.get().trim() : null;
            return actions -> actions.markDocumentReceived(orderId, type, d, iban, actor);
        }
        String r = reason.get().trim();
        return actions -> actions.refuseDocument(orderId, type, r, actor);
    }
}
