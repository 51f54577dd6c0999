package fr.cession.ui.order.form;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.validation.FieldError;
import fr.cession.ui.OrderActions;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the order file's in-place forms: its values as properties, checked as the user types
 * with the domain's validators, each error held next to the field it names. Submitting hands the
 * command to the order file, which runs it off the FX thread; a refusal from the workflow comes
 * back onto the fields it names ({@link #refused}), the form staying open with what was typed.
 */
public abstract class OrderForm {

    /** The error of the form as a whole (a rule of the seed rather than one field). */
    public static final String GENERAL = "form";

    /** Runs a form's command against the order and shows the saved file, or gives the refusal back to the form. */
    public interface Host {
        void submit(OrderForm form, Command command);
    }

    @FunctionalInterface
    public interface Command {
        OrderFile run(OrderActions actions);
    }

    protected final Messages m;
    protected final Formats f;
    private final Host host;
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private boolean submitting;

    protected OrderForm(Messages m, Formats f, Host host, List<String> fields) {
        this.m = m;
        this.f = f;
        this.host = host;
        for (String field : fields) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        errors.put(GENERAL, new ReadOnlyStringWrapper(""));
    }

    /** The bundle key of the form's title. */
    public abstract String titleKey();

    /** The error shown next to {@code field}; empty when the value is acceptable. */
    public ReadOnlyStringProperty error(String field) {
        ReadOnlyStringWrapper w = errors.get(field);
        if (w == null) {
            throw new IllegalArgumentException("Champ inconnu du formulaire : " + field);
        }
        return w.getReadOnlyProperty();
    }

    public boolean hasErrors() {
        return errors.values().stream().anyMatch(e -> !e.get().isEmpty());
    }

    /** Checks every field, then hands the command over; nothing is sent while a field is refused. */
    public final void submit() {
        errors.get(GENERAL).set("");
        validateAll();
        if (hasErrors() || submitting) {
            return;
        }
        submitting = true;
        host.submit(this, command());
    }

    /** The workflow refused: each field error goes next to its field, the rest to the form. */
    public void refused(List<FieldError> fieldErrors, String general) {
        submitting = false;
        StringBuilder rest = new StringBuilder(general == null ? "" : general);
        for (FieldError e : fieldErrors) {
            ReadOnlyStringWrapper w = errors.get(e.field());
            if (w != null) {
                w.set(e.message());
            } else {
                rest.append(rest.length() == 0 ? "" : "\n").append(e.message());
            }
        }
        errors.get(GENERAL).set(rest.toString());
    }

    /** The command went through (or the form is dropped): it may be submitted again. */
    public void done() {
        submitting = false;
    }

    protected abstract void validateAll();

    protected abstract Command command();

    protected final void set(String field, Optional<String> message) {
        errors.get(field).set(message.orElse(""));
    }

    /** Checks {@code field} again whenever {@code value} changes: validation as you type. */
    protected final void watch(ObservableValue<?> value, Runnable check) {
        value.addListener((o, a, b) -> check.run());
    }
}
