package fr.cession.ui.neworder;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.FinancingCover;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.validation.Field;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.FieldError.Problem;
import fr.cession.domain.validation.ValidationException;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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

/**
 * The new-order form: one text property per typed field (days as typed too, so a typo is
 * reported rather than lost), the choices, its error and its warning as the user types (the
 * domain's checks, see {@link OrderFormCheck}, said in the interface language), which fields apply
 * to the choices made (company, co-holder, credit), and "create". A refusal of the workflow on
 * creation comes back to the fields it names.
 */
public final class NewOrderViewModel {

    private static final Set<OrderField> COMPANY_ONLY = Set.of(OrderField.COMPANY_NAME, OrderField.SIREN,
            OrderField.COLLECTOR);
    private static final Set<OrderField> CREDIT_ONLY = Set.of(OrderField.DOWN_PAYMENT, OrderField.FINANCED_AMOUNT);

    private final UiContext ctx;
    private final Refusals say;
    private final Consumer<UUID> created;
    private final OrderFormCheck check = new OrderFormCheck();
    private final OrderDraft drafts;
    private final Map<OrderField, StringProperty> values = new EnumMap<>(OrderField.class);
    private final Map<OrderField, ReadOnlyStringWrapper> errors = new EnumMap<>(OrderField.class);
    private final Map<OrderField, ReadOnlyStringWrapper> warnings = new EnumMap<>(OrderField.class);
    private final Map<OrderField, ReadOnlyBooleanWrapper> shown = new EnumMap<>(OrderField.class);
    private final Map<FinancingCover, BooleanProperty> covers = new EnumMap<>(FinancingCover.class);
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper();
    private final ObjectProperty<CustomerKind> customerKind = new SimpleObjectProperty<>(CustomerKind.PARTICULIER);
    private final ObjectProperty<CgHolding> cgHolding = new SimpleObjectProperty<>(CgHolding.TITULAIRE);
    private final ObjectProperty<PaymentMethod> paymentMethod = new SimpleObjectProperty<>(PaymentMethod.VIR);
    private final ObjectProperty<HandoverMode> handoverMode = new SimpleObjectProperty<>(HandoverMode.CESSION);
    private final ObjectProperty<Lender> lender = new SimpleObjectProperty<>();
    private final BooleanProperty imported = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper company = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper credit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Errors show only once the field was edited or "create" was tried, not on an empty new form. */
    private final Map<OrderField, Boolean> touched = new EnumMap<>(OrderField.class);
    private boolean submitted;
    private final AccountChoice accountChoice;

    /** @param created called with the new order's id once it is saved */
    public NewOrderViewModel(UiContext ctx, Consumer<UUID> created) {
        this.ctx = ctx;
        this.say = new Refusals(ctx.messages(), ctx.zone());
        this.created = created;
        this.drafts = new OrderDraft(this);
        this.accountChoice = new AccountChoice(ctx, this::forCompany);
        for (OrderField f : OrderField.values()) {
            StringProperty p = new SimpleStringProperty("");
            values.put(f, p);
            errors.put(f, new ReadOnlyStringWrapper());
            warnings.put(f, new ReadOnlyStringWrapper());
            shown.put(f, new ReadOnlyBooleanWrapper(true));
            touched.put(f, false);
            p.addListener((obs, o, n) -> {
                touched.put(f, true);
                revalidate();
            });
        }
        for (FinancingCover c : FinancingCover.values()) {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener((obs, o, n) -> revalidate());
            covers.put(c, p);
        }
        preset(OrderField.RESERVATION_FEE, "500");
        preset(OrderField.RESERVED_ON, ctx.formats().date(today()));
        preset(OrderField.HANDOVER_TIME, "10:00");
        customerKind.addListener((obs, o, n) -> revalidate());
        cgHolding.addListener((obs, o, n) -> revalidate());
        paymentMethod.addListener((obs, o, n) -> revalidate());
        lender.addListener((obs, o, n) -> revalidate());
        handoverMode.addListener((obs, o, n) -> revalidate());
        imported.addListener((obs, o, n) -> revalidate());
        revalidate();
    }

    private void preset(OrderField f, String text) {
        values.get(f).set(text);
        touched.put(f, false);
    }

    LocalDate today() {
        return LocalDate.now(ctx.clock().withZone(ctx.zone()));
    }

    UiContext context() {
        return ctx;
    }

    // ---- properties

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

    /** Whether the field applies to the choices made, so the form shows it. */
    public ReadOnlyBooleanProperty shownProperty(OrderField f) {
        return shown.get(f).getReadOnlyProperty();
    }

    /** Refusals about no single text field (the lender of a credit, for instance), once "create" was tried. */
    public ReadOnlyStringProperty generalErrorProperty() {
        return general.getReadOnlyProperty();
    }

    public ObjectProperty<CustomerKind> customerKindProperty() {
        return customerKind;
    }

    /** 004:11 "CG : Titulaire / Cotitulaire / Société": for a company buyer it is always the company. */
    public ObjectProperty<CgHolding> cgHoldingProperty() {
        return cgHolding;
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

    /** 004:8 "Préciser si financement frais de résa, CG, livraison". */
    public BooleanProperty coverProperty(FinancingCover cover) {
        return covers.get(cover);
    }

    public BooleanProperty importedProperty() {
        return imported;
    }

    /** A company buyer: its name, SIREN and the collector are asked. */
    public ReadOnlyBooleanProperty companyProperty() {
        return company.getReadOnlyProperty();
    }

    /** A credit: lender, amounts and what the financing covers are asked. */
    public ReadOnlyBooleanProperty creditProperty() {
        return credit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The domain's field a control stands for now: for a company the last name is the manager's. */
    public Field fieldOf(OrderField f) {
        return f == OrderField.LAST_NAME && customerKind.get() == CustomerKind.SOCIETE ? Field.MANAGER_LAST_NAME
                : f.field();
    }

    /** The label of a control, the same words its messages use. */
    public String label(OrderField f) {
        return ctx.messages().label(fieldOf(f));
    }

    /** Whether a field applies to the current choices (company fields, co-holder, credit amounts). */
    public boolean applies(OrderField f) {
        boolean isCompany = customerKind.get() == CustomerKind.SOCIETE;
        if (COMPANY_ONLY.contains(f)) {
            return isCompany;
        }
        if (f == OrderField.CO_HOLDER) {
            return !isCompany && cgHolding.get() == CgHolding.COTITULAIRE;
        }
        if (CREDIT_ONLY.contains(f)) {
            return paymentMethod.get() == PaymentMethod.CRD;
        }
        return true;
    }

    /** The customer account and sub-account the order is placed for (seed 000). */
    public AccountChoice accountChoice() {
        return accountChoice;
    }

    private void forCompany(fr.cession.domain.account.CustomerAccount account) {
        customerKind.set(CustomerKind.SOCIETE);
        if (values.get(OrderField.COMPANY_NAME).get().isBlank()) {
            values.get(OrderField.COMPANY_NAME).set(account.name());
        }
        if (values.get(OrderField.SIREN).get().isBlank() && account.reference() != null && account.reference().matches("\\d{9}")) {
            values.get(OrderField.SIREN).set(account.reference());
        }
    }

    // ---- commands

    public void create() {
        touched.replaceAll((f, t) -> true);
        submitted = true;
        OrderFormCheck.Result result = revalidate();
        if (!result.ok()) {
            List<String> why = new ArrayList<>();
            result.errors().values().forEach(p -> why.add(say.text(p)));
            result.general().forEach(p -> why.add(say.text(p)));
            ctx.dialogs().showError(ctx.messages().get("form.invalid"), String.join("\n", why));
            return;
        }
        Order draft = check.normalize(drafts.draft(this::v));
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> ctx.actions().create(accountChoice.applyTo(draft), ctx.actor()))
                .onSuccess((OrderFile f) -> created.accept(f.orderId()))
                .onFailure(this::refused)
                .onFinished(() -> busy.set(false)));
    }

    /** The workflow's refusal: each field error goes back next to its field, the rest in the alert. */
    private void refused(Throwable e) {
        List<String> why = new ArrayList<>();
        if (e instanceof ValidationException ve) {
            for (FieldError fe : ve.errors()) {
                OrderFormCheck.fieldOf(fe.field()).ifPresentOrElse(f -> errors.get(f).set(say.text(fe)),
                        () -> why.add(say.text(fe)));
            }
            if (!why.isEmpty()) {
                general.set(String.join("\n", why));
            }
            valid.set(false);
        }
        ctx.dialogs().showError(ctx.messages().get("form.refused"), say.say(e));
    }

    private OrderFormCheck.Result revalidate() {
        boolean isCompany = customerKind.get() == CustomerKind.SOCIETE;
        company.set(isCompany);
        credit.set(paymentMethod.get() == PaymentMethod.CRD);
        for (OrderField f : OrderField.values()) {
            shown.get(f).set(applies(f));
        }
        OrderFormCheck.Result r = check.check(this::v, this::applies, drafts::draft);
        for (OrderField f : OrderField.values()) {
            Problem error = r.errors().get(f);
            errors.get(f).set(touched.get(f) && error != null ? say.text(error) : null);
            Problem warning = r.warnings().get(f);
            warnings.get(f).set(warning == null ? null : say.text(warning));
        }
        general.set(submitted && !r.general().isEmpty()
                ? String.join("\n", r.general().stream().map(say::text).toList()) : null);
        valid.set(r.ok());
        return r;
    }

    /** What is typed in a field that applies; null when empty or hidden (a hidden value is never saved). */
    String v(OrderField f) {
        String s = values.get(f).get();
        return s == null || s.isBlank() || !applies(f) ? null : s.trim();
    }

    Set<FinancingCover> coversChosen() {
        Set<FinancingCover> out = java.util.EnumSet.noneOf(FinancingCover.class);
        covers.forEach((c, p) -> {
            if (p.get()) {
                out.add(c);
            }
        });
        return out;
    }
}
