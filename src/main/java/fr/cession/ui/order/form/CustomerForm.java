package fr.cession.ui.order.form;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.Field;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The buyer corrected after creation (004:11-13: holder, co-holder, company). Each field is
 * checked as it is typed with the validators of the new-order form; the workflow checks the
 * whole buyer again and records the change in the order's history.
 */
public final class CustomerForm extends OrderForm {


    public static final String KIND = "customer.kind";
    public static final String CG = "customer.cgHolding";
    public static final List<String> TEXT = List.of("customer.firstName", "customer.lastName",
            "customer.companyName", "customer.companySiren", "customer.email", "customer.phone", "customer.address",
            "customer.coHolderName", "customer.collectorName");

    private final UUID orderId;
    private final Actor actor;
    private final TextFields text = new TextFields();
    private final ObjectProperty<CustomerKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<CgHolding> cgHolding = new SimpleObjectProperty<>();

    public CustomerForm(Messages m, Formats f, Host host, OrderFile file, Actor actor) {
        super(m, f, host, fields());
        this.orderId = file.orderId();
        this.actor = actor;
        Customer c = file.order().customer();
        kind.set(c.kind());
        cgHolding.set(c.cgHolding());
        text.add("customer.firstName", c.firstName(), TextFields::none);
        text.add("customer.lastName", c.lastName(), v -> FieldValidators.required(label("customer.lastName"), v));
        text.add("customer.companyName", c.companyName(), v -> isCompany()
                ? FieldValidators.required(label("customer.companyName"), v) : Optional.empty());
        text.add("customer.companySiren", c.companySiren(), v -> isCompany() ? FieldValidators.siren(v)
                : Optional.empty());
        text.add("customer.email", c.email(), TextFields.optional(FieldValidators::email));
        text.add("customer.phone", c.phone(), TextFields.optional(FieldValidators::phone));
        text.add("customer.address", c.address(), TextFields::none);
        text.add("customer.coHolderName", c.coHolderName(), v -> cgHolding.get() == CgHolding.COTITULAIRE
                ? FieldValidators.required(label("customer.coHolderName"), v) : Optional.empty());
        text.add("customer.collectorName", c.collectorName(), TextFields::none);
        for (String field : TEXT) {
            watch(text.get(field), () -> set(field, text.check(field)));
        }
        watch(kind, this::validateAll);
        watch(cgHolding, this::validateAll);
    }

    private static List<String> fields() {
        List<String> all = new ArrayList<>(TEXT);
        all.add(KIND);
        all.add(CG);
        return all;
    }

    @Override
    public String titleKey() {
        return "form.customer.title";
    }

    public StringProperty text(String field) {
        return text.get(field);
    }

    public ObjectProperty<CustomerKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<CgHolding> cgHoldingProperty() {
        return cgHolding;
    }

    public List<CustomerKind> kinds() {
        return Arrays.asList(CustomerKind.values());
    }

    /** A private buyer cannot hold the CG as a company (the form does not offer it). */
    public List<CgHolding> holdings() {
        return isCompany() ? Arrays.asList(CgHolding.values()) : List.of(CgHolding.TITULAIRE, CgHolding.COTITULAIRE);
    }

    /** Company fields are shown to a company buyer only. */
    public boolean isCompany() {
        return kind.get() == CustomerKind.SOCIETE;
    }

    /** The field's name as the person reads it. */
    public String label(String field) {
        // one label per field, the same as on the new-order form and in the domain's messages
        return m.label(Field.ofPath(field).orElseThrow(() -> new IllegalArgumentException(field)));
    }

    @Override
    protected void validateAll() {
        for (String field : TEXT) {
            set(field, text.check(field));
        }
        if (text.value("customer.email") == null && text.value("customer.phone") == null) {
            set("customer.phone", Optional.of(label("customer.phone") + " : " + m.get("form.customer.contact")));
        }
        set(CG, cgHolding.get() == CgHolding.SOCIETE && !isCompany()
                ? Optional.of(label(CG) + " : " + m.get("form.customer.cgCompany")) : Optional.empty());
    }

    @Override
    protected Command command() {
        boolean company = isCompany();
        Customer c = new Customer(kind.get(), text.value("customer.firstName"), text.value("customer.lastName"),
                company ? text.value("customer.companyName") : null,
                company ? text.value("customer.companySiren") : null, text.value("customer.email"),
                text.value("customer.phone"), text.value("customer.address"), cgHolding.get(),
                cgHolding.get() == CgHolding.COTITULAIRE ? text.value("customer.coHolderName") : null,
                text.value("customer.collectorName"));
        return actions -> actions.editCustomer(orderId, c, actor);
    }
}
