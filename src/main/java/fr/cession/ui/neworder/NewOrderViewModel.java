package fr.cession.ui.neworder;

import fr.cession.domain.audit.RowMeta;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;
import fr.cession.ui.UiContext;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The new-order form: one text property per field, its error and its warning as the user types
 * (the domain's checks, see {@link OrderFormCheck}), and "create". A refusal of the workflow on
 * creation comes back to the fields it names.
 */
public final class NewOrderViewModel {

    private final UiContext ctx;
    private final Consumer<UUID> created;
    private final OrderFormCheck check = new OrderFormCheck();
    private final Map<OrderField, StringProperty> values = new EnumMap<>(OrderField.class);
    private final Map<OrderField, ReadOnlyStringWrapper> errors = new EnumMap<>(OrderField.class);
    private final Map<OrderField, ReadOnlyStringWrapper> warnings = new EnumMap<>(OrderField.class);
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper();
    private final ObjectProperty<CustomerKind> customerKind = new SimpleObjectProperty<>(CustomerKind.PARTICULIER);
    private final ObjectProperty<PaymentMethod> paymentMethod = new SimpleObjectProperty<>(PaymentMethod.VIR);
    private final ObjectProperty<HandoverMode> handoverMode = new SimpleObjectProperty<>(HandoverMode.CESSION);
    private final ObjectProperty<Lender> lender = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Errors show only once the field was edited or "create" was tried, not on an empty new form. */
    private final Map<OrderField, Boolean> touched = new EnumMap<>(OrderField.class);
    private boolean submitted;

    /** @param created called with the new order's id once it is saved */
    public NewOrderViewModel(UiContext ctx, Consumer<UUID> created) {
        this.ctx = ctx;
        this.created = created;
        for (OrderField f : OrderField.values()) {
            StringProperty p = new SimpleStringProperty("");
            values.put(f, p);
            errors.put(f, new ReadOnlyStringWrapper());
            warnings.put(f, new ReadOnlyStringWrapper());
            touched.put(f, false);
            p.addListener((obs, o, n) -> {
                touched.put(f, true);
                revalidate();
            });
        }
        values.get(OrderField.RESERVATION_FEE).set("500");
        touched.put(OrderField.RESERVATION_FEE, false);
        customerKind.addListener((obs, o, n) -> revalidate());
        paymentMethod.addListener((obs, o, n) -> revalidate());
        lender.addListener((obs, o, n) -> revalidate());
        revalidate();
    }

    public StringProperty valueProperty(OrderField f) {
        return values.get(f);
    }

    public ReadOnlyStringProperty errorProperty(OrderField f) {
        return errors.get(f).getReadOnlyProperty();
    }

    /** Something to check that never blocks the creation (WW temporary plate, VIN check digit). */
    public ReadOnlyStringProperty warningProperty(OrderField f) {
        return warnings.get(f).getReadOnlyProperty();
    }

    /** Refusals about no single text field (the lender of a credit, for instance), once "create" was tried. */
    public ReadOnlyStringProperty generalErrorProperty() {
        return general.getReadOnlyProperty();
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

    /** The lender of a credit (payment method CRD). */
    public ObjectProperty<Lender> lenderProperty() {
        return lender;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void create() {
        touched.replaceAll((f, t) -> true);
        submitted = true;
        OrderFormCheck.Result result = revalidate();
        if (!result.ok()) {
            List<String> why = new ArrayList<>(result.errors().values());
            why.addAll(result.general());
            ctx.dialogs().showError(ctx.messages().get("form.invalid"), String.join("\n", why));
            return;
        }
        Order draft = check.normalize(draft(this::v));
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> ctx.actions().create(draft, ctx.actor()))
                .onSuccess((OrderFile f) -> created.accept(f.orderId()))
                .onFailure(this::refused)
                .onFinished(() -> busy.set(false)));
    }

    /** The workflow's refusal: each field error goes back next to its field, the rest in the alert. */
    private void refused(Throwable e) {
        List<String> why = new ArrayList<>();
        if (e instanceof ValidationException ve) {
            for (FieldError fe : ve.errors()) {
                OrderFormCheck.fieldOf(fe.field()).ifPresentOrElse(f -> errors.get(f).set(fe.message()),
                        () -> why.add(fe.message()));
            }
            if (!why.isEmpty()) {
                general.set(String.join("\n", why));
            }
            valid.set(false);
        }
        ctx.dialogs().showError(ctx.messages().get("form.refused"), String.valueOf(e.getMessage()));
    }

    private OrderFormCheck.Result revalidate() {
        OrderFormCheck.Result r = check.check(this::v, this::draft);
        for (OrderField f : OrderField.values()) {
            errors.get(f).set(touched.get(f) ? r.errors().get(f) : null);
            warnings.get(f).set(r.warnings().get(f));
        }
        general.set(submitted && !r.general().isEmpty() ? String.join("\n", r.general()) : null);
        valid.set(r.ok());
        return r;
    }

    private String v(OrderField f) {
        String s = values.get(f).get();
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static final Set<OrderField> CREDIT_ONLY = Set.of(OrderField.DOWN_PAYMENT, OrderField.FINANCED_AMOUNT);

    /** Whether a field applies to the current choices (credit amounts only for a credit). */
    public boolean applies(OrderField f) {
        return !CREDIT_ONLY.contains(f) || paymentMethod.get() == PaymentMethod.CRD;
    }

    private Order draft(Function<OrderField, String> text) {
        CustomerKind kind = customerKind.get();
        Customer customer = new Customer(kind, text.apply(OrderField.FIRST_NAME), text.apply(OrderField.LAST_NAME),
                text.apply(OrderField.COMPANY_NAME), text.apply(OrderField.SIREN), text.apply(OrderField.EMAIL),
                text.apply(OrderField.PHONE), text.apply(OrderField.ADDRESS),
                kind == CustomerKind.SOCIETE ? CgHolding.SOCIETE : CgHolding.TITULAIRE, null, null);
        Vehicle vehicle = new Vehicle(text.apply(OrderField.VIN), text.apply(OrderField.PLATE),
                text.apply(OrderField.MAKE), text.apply(OrderField.MODEL), null, null, null, null,
                OrderFormCheck.amount(text.apply(OrderField.PRICE)), false, null);
        Financing financing = paymentMethod.get() == PaymentMethod.CRD
                ? new Financing(OrderFormCheck.amount(text.apply(OrderField.DOWN_PAYMENT)),
                OrderFormCheck.amount(text.apply(OrderField.FINANCED_AMOUNT)), Set.of(), lender.get())
                : Financing.NONE;
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
        return new Order(UUID.randomUUID(), null, OrderStatus.RESERVEE, today,
                OrderFormCheck.amount(text.apply(OrderField.RESERVATION_FEE)), ctx.actor().login(),
                ctx.actor().site(), customer, vehicle, handoverMode.get(), null, paymentMethod.get(), financing,
                null, null, null, RowMeta.NEW);
    }
}
