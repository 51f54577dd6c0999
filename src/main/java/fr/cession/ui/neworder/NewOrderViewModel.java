package fr.cession.ui.neworder;

import fr.cession.domain.audit.RowMeta;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.ui.UiContext;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** The new-order form: one text property per field, its error as the user types, and "create". */
public final class NewOrderViewModel {

    private final UiContext ctx;
    private final Consumer<UUID> created;
    private final OrderFormRules rules;
    private final Map<OrderField, StringProperty> values = new EnumMap<>(OrderField.class);
    private final Map<OrderField, ReadOnlyStringWrapper> errors = new EnumMap<>(OrderField.class);
    private final ObjectProperty<CustomerKind> customerKind = new SimpleObjectProperty<>(CustomerKind.PARTICULIER);
    private final ObjectProperty<PaymentMethod> paymentMethod = new SimpleObjectProperty<>(PaymentMethod.VIR);
    private final ObjectProperty<HandoverMode> handoverMode = new SimpleObjectProperty<>(HandoverMode.CESSION);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Errors show only once the field was edited or "create" was tried, not on an empty new form. */
    private final Map<OrderField, Boolean> touched = new EnumMap<>(OrderField.class);

    /** @param created called with the new order's id once it is saved */
    public NewOrderViewModel(UiContext ctx, Consumer<UUID> created) {
        this.ctx = ctx;
        this.created = created;
        this.rules = new OrderFormRules(ctx.messages());
        for (OrderField f : OrderField.values()) {
            StringProperty p = new SimpleStringProperty("");
            values.put(f, p);
            errors.put(f, new ReadOnlyStringWrapper());
            touched.put(f, false);
            p.addListener((obs, o, n) -> {
                touched.put(f, true);
                revalidate();
            });
        }
        values.get(OrderField.RESERVATION_FEE).set("500");
        touched.put(OrderField.RESERVATION_FEE, false);
        customerKind.addListener((obs, o, n) -> revalidate());
        revalidate();
    }

    public StringProperty valueProperty(OrderField f) {
        return values.get(f);
    }

    public ReadOnlyStringProperty errorProperty(OrderField f) {
        return errors.get(f).getReadOnlyProperty();
    }

    public ObjectProperty<CustomerKind> customerKindProperty() {
        return customerKind;
    }

    public ObjectProperty<PaymentMethod> paymentMethodProperty() {
        return paymentMethod;
    }

    public ObjectProperty<HandoverMode> handoverModeProperty() {
        return handoverMode;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void create() {
        touched.replaceAll((f, t) -> true);
        revalidate();
        if (!valid.get()) {
            StringBuilder why = new StringBuilder();
            errors.values().forEach(e -> {
                if (e.get() != null) {
                    why.append(e.get()).append('\n');
                }
            });
            ctx.dialogs().showError(ctx.messages().get("form.invalid"), why.toString().trim());
            return;
        }
        Order draft = draft();
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> ctx.actions().create(draft, ctx.actor()))
                .onSuccess((OrderFile f) -> created.accept(f.orderId()))
                .onFailure(e -> ctx.dialogs().showError(ctx.messages().get("form.refused"),
                        String.valueOf(e.getMessage())))
                .onFinished(() -> busy.set(false)));
    }

    private void revalidate() {
        boolean ok = true;
        for (OrderField f : OrderField.values()) {
            String problem = rules.check(f, values.get(f).get(), customerKind.get()).orElse(null);
            ok &= problem == null;
            errors.get(f).set(touched.get(f) ? problem : null);
        }
        valid.set(ok);
    }

    private String v(OrderField f) {
        String s = values.get(f).get();
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Order draft() {
        CustomerKind kind = customerKind.get();
        Customer customer = new Customer(kind, v(OrderField.FIRST_NAME), v(OrderField.LAST_NAME),
                v(OrderField.COMPANY_NAME), v(OrderField.SIREN), v(OrderField.EMAIL), v(OrderField.PHONE),
                v(OrderField.ADDRESS), kind == CustomerKind.SOCIETE ? CgHolding.SOCIETE : CgHolding.TITULAIRE,
                null, null);
        String plate = v(OrderField.PLATE);
        Vehicle vehicle = new Vehicle(v(OrderField.VIN).toUpperCase(), plate == null ? null : plate.toUpperCase(),
                v(OrderField.MAKE), v(OrderField.MODEL), null, null, null, null,
                Formats.parseAmount(v(OrderField.PRICE)).orElseThrow(), false, null);
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
        return new Order(UUID.randomUUID(), null, OrderStatus.RESERVEE, today,
                Formats.parseAmount(v(OrderField.RESERVATION_FEE)).orElseThrow(), ctx.actor().login(),
                ctx.actor().site(), customer, vehicle, handoverMode.get(), null, paymentMethod.get(), Financing.NONE,
                null, null, null, RowMeta.NEW);
    }
}
