package fr.cession.ui.order.form;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.rules.HandoverWindow;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.user.Actor;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The hand-over appointment or delivery: a day from a date picker, a time, the mode. 004:26: a
 * day under 10 days after the reservation is refused as it is picked; beyond 15 days the form
 * says beforehand that a request will go to the manager.
 */
public final class HandoverForm extends OrderForm {

    public static final String DATE = "handoverAt";
    public static final String MODE = "handoverMode";
    private static final LocalTime DEFAULT_TIME = LocalTime.of(14, 0);

    private final Order order;
    private final Actor actor;
    private final HandoverWindow window;
    private final RuleSettings settings;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> time = new SimpleObjectProperty<>(DEFAULT_TIME);
    private final ObjectProperty<HandoverMode> mode = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");

    public HandoverForm(Messages m, Formats f, Host host, OrderFile file, RuleSettings settings, Actor actor) {
        super(m, f, host, List.of(DATE, MODE));
        this.order = file.order();
        this.actor = actor;
        this.window = new HandoverWindow(settings);
        this.settings = settings;
        if (order.handoverAt() != null) {
            date.set(order.handoverAt().toLocalDate());
            time.set(order.handoverAt().toLocalTime());
        }
        mode.set(order.handoverMode());
        watch(date, this::checkDate);
        watch(time, this::checkDate);
    }

    @Override
    public String titleKey() {
        return "form.handover.title";
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalTime> timeProperty() {
        return time;
    }

    public ObjectProperty<HandoverMode> modeProperty() {
        return mode;
    }

    public List<HandoverMode> modes() {
        return Arrays.asList(HandoverMode.values());
    }

    /** Half-hour slots of a working day, with the current time if it is off the grid. */
    public List<LocalTime> times() {
        List<LocalTime> out = new ArrayList<>();
        for (LocalTime t = LocalTime.of(8, 0); !t.isAfter(LocalTime.of(19, 30)); t = t.plusMinutes(30)) {
            out.add(t);
        }
        if (time.get() != null && !out.contains(time.get())) {
            out.add(time.get());
            out.sort(null);
        }
        return out;
    }

    /** Said before saving: a date beyond the window asks the manager (004:26). */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The first day the window accepts, for the date picker to start on. */
    public LocalDate earliest() {
        return order.reservedOn().plusDays(settings.handoverMinDays());
    }

    @Override
    protected void validateAll() {
        checkDate();
        set(MODE, mode.get() == null ? Optional.of(m.get("form.handover.mode") + " : " + m.get("form.required"))
                : Optional.empty());
    }

    private void checkDate() {
        hint.set("");
        if (date.get() == null || time.get() == null) {
            set(DATE, Optional.of(m.get("form.handover.date") + " : " + m.get("form.dateExpected")));
            return;
        }
        LocalDateTime at = LocalDateTime.of(date.get(), time.get());
        set(DATE, window.tooEarly(order, at).map(RuleViolation::message));
        if (window.position(order.reservedOn(), date.get()) == HandoverWindow.Position.AU_DELA) {
            hint.set(m.get("form.handover.beyond"));
        }
    }

    @Override
    protected Command command() {
        LocalDateTime at = LocalDateTime.of(date.get(), time.get());
        HandoverMode md = mode.get();
        UUID id = order.id();
        return actions -> actions.editHandover(id, at, md, actor);
    }
}
