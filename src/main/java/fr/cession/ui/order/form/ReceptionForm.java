package fr.cession.ui.order.form;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The day the buyer received the vehicle (hand-over or delivery): the 14-day withdrawal runs from
 * the day after (004:65, L221-18). Set by the sale itself, corrected here with a trace in the
 * history; a day to come is refused.
 */
public final class ReceptionForm extends OrderForm {

    public static final String DATE = "vehicleReceivedOn";

    private final UUID orderId;
    private final Actor actor;
    private final LocalDate today;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

    public ReceptionForm(Messages m, Formats f, Host host, OrderFile file, LocalDate today, Actor actor) {
        super(m, f, host, List.of(DATE));
        this.orderId = file.orderId();
        this.actor = actor;
        this.today = today;
        date.set(file.order().vehicleReceivedOn() != null ? file.order().vehicleReceivedOn() : today);
        watch(date, this::check);
    }

    @Override
    public String titleKey() {
        return "form.reception.title";
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    private void check() {
        String label = m.get("form.reception.date");
        if (date.get() == null) {
            set(DATE, Optional.of(label + " : " + m.get("form.dateExpected")));
        } else if (date.get().isAfter(today)) {
            set(DATE, Optional.of(label + " : " + m.get("form.reception.future")));
        } else {
            set(DATE, Optional.empty());
        }
    }

    @Override
    protected void validateAll() {
        check();
    }

    @Override
    protected Command command() {
        LocalDate day = date.get();
        return actions -> actions.recordVehicleReceived(orderId, day, actor);
    }
}
