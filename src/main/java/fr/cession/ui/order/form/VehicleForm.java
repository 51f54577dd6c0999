package fr.cession.ui.order.form;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.Amount;
import fr.cession.domain.validation.Field;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The vehicle corrected after creation: VIN and plate checked as typed, and the dates the works
 * depend on (first registration, last CT, last service: 004:21-22).
 */
public final class VehicleForm extends OrderForm {


    public static final List<String> TEXT = List.of("vehicle.vin", "vehicle.plate", "vehicle.make", "vehicle.model",
            "vehicle.mileageKm", "vehicle.price");
    public static final List<String> DATES = List.of("vehicle.firstRegistration", "vehicle.lastCt",
            "vehicle.lastService");

    private final UUID orderId;
    private final Actor actor;
    private final Vehicle before;
    private final LocalDate today;
    private final TextFields text = new TextFields();
    private final Map<String, ObjectProperty<LocalDate>> dates = new LinkedHashMap<>();

    public VehicleForm(Messages m, Formats f, Host host, OrderFile file, LocalDate today, Actor actor) {
        super(m, f, host, fields());
        this.orderId = file.orderId();
        this.actor = actor;
        this.before = file.order().vehicle();
        this.today = today;
        Vehicle v = before;
        text.add("vehicle.vin", v.vin(), FieldValidators::vin);
        text.add("vehicle.plate", v.plate(), FieldValidators::plate);
        text.add("vehicle.make", v.make(), x -> FieldValidators.required(label("vehicle.make"), x));
        text.add("vehicle.model", v.model(), x -> FieldValidators.required(label("vehicle.model"), x));
        text.add("vehicle.mileageKm", v.mileageKm() == null ? "" : String.valueOf(v.mileageKm()),
                TextFields.optional(this::mileageProblem));
        text.add("vehicle.price", v.price() == null ? "" : PaymentForm.format(v.price()),
                x -> FieldValidators.amount(label("vehicle.price"), x));
        for (String field : TEXT) {
            watch(text.get(field), () -> set(field, text.check(field)));
        }
        dates.put("vehicle.firstRegistration", new SimpleObjectProperty<>(v.firstRegistration()));
        dates.put("vehicle.lastCt", new SimpleObjectProperty<>(v.lastCt()));
        dates.put("vehicle.lastService", new SimpleObjectProperty<>(v.lastService()));
        for (String field : DATES) {
            watch(dates.get(field), () -> set(field, dateProblem(field)));
        }
    }

    private static List<String> fields() {
        List<String> all = new ArrayList<>(TEXT);
        all.addAll(DATES);
        return all;
    }

    @Override
    public String titleKey() {
        return "form.vehicle.title";
    }

    public StringProperty text(String field) {
        return text.get(field);
    }

    public ObjectProperty<LocalDate> date(String field) {
        return dates.get(field);
    }

    /** The field's name as the person reads it. */
    public String label(String field) {
        // one label per field, the same as on the new-order form and in the domain's messages
        return m.label(Field.ofPath(field).orElseThrow(() -> new IllegalArgumentException(field)));
    }

    private Optional<String> mileageProblem(String value) {
        try {
            int km = Integer.parseInt(value.replaceAll("[\\s\\u00A0\\u202F]", ""));
            return km < 0 ? Optional.of(label("vehicle.mileageKm") + " : " + m.get("form.negative")) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(label("vehicle.mileageKm") + " : " + m.get("form.integer"));
        }
    }

    private Optional<String> dateProblem(String field) {
        LocalDate d = dates.get(field).get();
        return d != null && d.isAfter(today) ? Optional.of(label(field) + " : " + m.get("form.future"))
                : Optional.empty();
    }

    @Override
    protected void validateAll() {
        for (String field : TEXT) {
            set(field, text.check(field));
        }
        for (String field : DATES) {
            set(field, dateProblem(field));
        }
    }

    @Override
    protected Command command() {
        String km = text.value("vehicle.mileageKm");
        BigDecimal price = Amount.parse(text.value("vehicle.price")).orElseThrow();
        Vehicle v = new Vehicle(text.value("vehicle.vin"), text.value("vehicle.plate"), text.value("vehicle.make"),
                text.value("vehicle.model"), dates.get("vehicle.firstRegistration").get(),
                dates.get("vehicle.lastCt").get(), dates.get("vehicle.lastService").get(),
                km == null ? null : Integer.valueOf(km.replaceAll("[\\s\\u00A0\\u202F]", "")), price,
                before.imported(), before.partnerSeller());
        return actions -> actions.editVehicle(orderId, v, actor);
    }
}
