package fr.cession.ui.order.form;

import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The « Après-vente » steps (001:35-42, 003:6), one form per step: a complaint the buyer makes, the
 * advisor's acceptance (the work and its due day) or refusal (the reason), the dispute raised, the
 * return notice (its day and why), the DRIIVEME pick-up (day and booking), the inspection on return
 * (mileage and damage). Each field says what is wrong as it is typed; the workflow's own refusals
 * come back next to the field they name (the domain's field names).
 */
public final class AfterSaleForm extends OrderForm {

    /** The step, with the domain's field names for its text, its day and its number. */
    public enum Step {
        COMPLAINT("complaint.request", "complaint.askedOn", null, "form.aftersale.complaint.title",
                "form.aftersale.complaint.text", "form.aftersale.complaint.date"),
        ACCEPT("complaint.work", "activity.dueAt", null, "form.aftersale.accept.title", "form.aftersale.accept.text",
                "form.aftersale.accept.date"),
        REFUSE("complaint.reason", null, null, "form.aftersale.refuse.title", "form.aftersale.refuse.text", null),
        DISPUTE("dispute.detail", null, null, "form.aftersale.dispute.title", "form.aftersale.dispute.text", null),
        RETURN("return.reason", "return.noticeOn", null, "form.aftersale.return.title", "form.aftersale.return.text",
                "form.aftersale.return.date"),
        PICKUP("return.pickupReference", "return.pickupOn", null, "form.aftersale.pickup.title",
                "form.aftersale.pickup.text", "form.aftersale.pickup.date"),
        INSPECT("return.damage", null, "return.mileage", "form.aftersale.inspect.title", "form.aftersale.inspect.text",
                null);

        final String textField;
        final String dateField;
        final String numberField;
        final String titleKey;
        final String textKey;
        final String dateKey;

        Step(String textField, String dateField, String numberField, String titleKey, String textKey, String dateKey) {
            this.textField = textField;
            this.dateField = dateField;
            this.numberField = numberField;
            this.titleKey = titleKey;
            this.textKey = textKey;
            this.dateKey = dateKey;
        }

        List<String> fields() {
            List<String> out = new ArrayList<>();
            out.add(textField);
            if (dateField != null) {
                out.add(dateField);
            }
            if (numberField != null) {
                out.add(numberField);
            }
            return out;
        }
    }

    private static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

    private final Step step;
    private final UUID orderId;
    private final UUID caseId;
    private final Actor actor;
    private final LocalDate today;
    private final ZoneId zone;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

    public AfterSaleForm(Messages m, Formats f, Host host, Step step, OrderFile file, AfterSaleCase c, LocalDate today,
                         ZoneId zone, Actor actor) {
        super(m, f, host, step.fields());
        this.step = step;
        this.orderId = file.orderId();
        this.caseId = c == null ? null : c.id();
        this.actor = actor;
        this.today = today;
        this.zone = zone;
        date.set(switch (step) {
            case ACCEPT -> today.plusDays(7);
            case PICKUP -> today.plusDays(1);
            case COMPLAINT, RETURN -> today;
            default -> null;
        });
        watch(text, this::checkText);
        watch(date, this::checkDate);
        watch(number, this::checkNumber);
    }

    @Override
    public String titleKey() {
        return step.titleKey;
    }

    public Step step() {
        return step;
    }

    public String textLabel() {
        return m.get(step.textKey);
    }

    public String dateLabel() {
        return step.dateKey == null ? "" : m.get(step.dateKey);
    }

    public String numberLabel() {
        return m.get("form.aftersale.inspect.mileage");
    }

    public String textField() {
        return step.textField;
    }

    public String dateField() {
        return step.dateField;
    }

    public String numberField() {
        return step.numberField;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    private void checkText() {
        // a dispute's detail is optional: the complaint and its refusal already say what it is about
        Optional<String> problem = step == Step.DISPUTE ? Optional.empty()
                : FieldValidators.required(textLabel(), text.get());
        if (problem.isEmpty() && text.get() != null && text.get().strip().length() > 1000) {
            problem = Optional.of(textLabel() + " : " + m.get("form.aftersale.tooLong"));
        }
        set(step.textField, problem);
    }

    private void checkDate() {
        if (step.dateField == null) {
            return;
        }
        String label = dateLabel();
        LocalDate d = date.get();
        Optional<String> problem = Optional.empty();
        if (d == null) {
            problem = Optional.of(label + " : " + m.get("form.dateExpected"));
        } else if ((step == Step.COMPLAINT || step == Step.RETURN) && d.isAfter(today)) {
            problem = Optional.of(label + " : " + m.get("form.aftersale.future"));
        } else if (step == Step.ACCEPT && d.isBefore(today)) {
            problem = Optional.of(label + " : " + m.get("form.aftersale.past"));
        }
        set(step.dateField, problem);
    }

    private void checkNumber() {
        if (step.numberField == null) {
            return;
        }
        String raw = number.get() == null ? "" : number.get().replaceAll("[\\s\\u00a0\\u202f]", "");
        Optional<String> problem = Optional.empty();
        if (raw.isEmpty()) {
            problem = Optional.of(numberLabel() + " : " + m.get("form.required"));
        } else if (!raw.matches("\\d{1,7}")) {
            problem = Optional.of(numberLabel() + " : " + m.get("form.aftersale.kilometres"));
        }
        set(step.numberField, problem);
    }

    @Override
    protected void validateAll() {
        checkText();
        checkDate();
        checkNumber();
    }

    @Override
    protected Command command() {
        String t = text.get() == null ? "" : text.get().strip();
        LocalDate d = date.get();
        UUID order = orderId;
        UUID id = caseId;
        return switch (step) {
            case COMPLAINT -> a -> a.openComplaint(order, d, t, actor);
            case ACCEPT -> a -> a.acceptComplaint(order, id, t, d.atTime(END_OF_DAY).atZone(zone).toInstant(), actor);
            case REFUSE -> a -> a.refuseComplaint(order, id, t, actor);
            case DISPUTE -> a -> a.raiseDispute(order, id, t, actor);
            case RETURN -> a -> a.recordReturnNotice(order, d, t, actor);
            case PICKUP -> a -> a.bookReturnPickup(order, id, d, t, actor);
            case INSPECT -> {
                Integer km = Integer.valueOf(number.get().replaceAll("[\\s\\u00a0\\u202f]", ""));
                yield a -> a.inspectReturn(order, id, km, t, actor);
            }
        };
    }
}
