package fr.cession.ui.order.form;

import fr.cession.domain.contact.Agreement;
import fr.cession.domain.contact.AgreementDraft;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.FinancingCover;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.Amount;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The agreements made official (seed 002 §2): agreed price, payment method and terms, delivery
 * conditions and, with a credit, down payment, financed amount and what it covers (004:8).
 * Pre-filled with what the order holds; each change is traced in the history when saved.
 */
public final class AgreementForm extends OrderForm {

    public static final String PRICE = "agreement.price";
    public static final String METHOD = "agreement.method";
    public static final String PAYMENT_TERMS = "agreement.paymentTerms";
    public static final String DELIVERY_TERMS = "agreement.deliveryTerms";
    public static final String DOWN = "agreement.downPayment";
    public static final String FINANCED = "agreement.financed";
    public static final String LENDER = "financing.lender";

    private final UUID orderId;
    private final Actor actor;
    private final StringProperty price = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final StringProperty paymentTerms = new SimpleStringProperty("");
    private final StringProperty deliveryTerms = new SimpleStringProperty("");
    private final StringProperty down = new SimpleStringProperty("");
    private final StringProperty financed = new SimpleStringProperty("");
    private final ObjectProperty<Lender> lender = new SimpleObjectProperty<>();
    private final Map<FinancingCover, BooleanProperty> covers = new EnumMap<>(FinancingCover.class);

    public AgreementForm(Messages m, Formats f, Host host, OrderFile file, Actor actor) {
        super(m, f, host, List.of(PRICE, METHOD, PAYMENT_TERMS, DELIVERY_TERMS, DOWN, FINANCED, LENDER));
        this.orderId = file.orderId();
        this.actor = actor;
        Order o = file.order();
        Optional<Agreement> agreed = file.agreement();
        BigDecimal p = agreed.map(Agreement::agreedPrice).orElse(o.vehicle().price());
        price.set(p == null ? "" : PaymentForm.format(p));
        method.set(o.paymentMethod());
        paymentTerms.set(agreed.map(Agreement::paymentTerms).orElse(""));
        deliveryTerms.set(agreed.map(Agreement::deliveryTerms).orElse(""));
        down.set(o.financing().downPayment() == null ? "" : PaymentForm.format(o.financing().downPayment()));
        financed.set(o.financing().financedAmount() == null ? "" : PaymentForm.format(o.financing().financedAmount()));
        lender.set(o.financing().lender());
        for (FinancingCover c : FinancingCover.values()) {
            covers.put(c, new SimpleBooleanProperty(o.financing().covers().contains(c)));
        }
        watch(price, this::checkPrice);
        watch(paymentTerms, this::checkTerms);
        watch(deliveryTerms, this::checkTerms);
        watch(method, this::checkCredit);
        watch(down, this::checkCredit);
        watch(financed, this::checkCredit);
        watch(lender, this::checkCredit);
    }

    @Override
    public String titleKey() {
        return "form.agreement.title";
    }

    public String hint() {
        return m.get("form.agreement.hint");
    }

    public List<PaymentMethod> methods() {
        return Arrays.asList(PaymentMethod.values());
    }

    public StringProperty priceProperty() {
        return price;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public StringProperty paymentTermsProperty() {
        return paymentTerms;
    }

    public StringProperty deliveryTermsProperty() {
        return deliveryTerms;
    }

    public StringProperty downPaymentProperty() {
        return down;
    }

    public StringProperty financedProperty() {
        return financed;
    }

    public List<Lender> lenders() {
        return Arrays.asList(Lender.values());
    }

    public ObjectProperty<Lender> lenderProperty() {
        return lender;
    }

    public BooleanProperty cover(FinancingCover c) {
        return covers.get(c);
    }

    public boolean isCredit() {
        return method.get() == PaymentMethod.CRD;
    }

    private void checkPrice() {
        String label = m.get("form.agreement.price");
        Optional<String> problem = FieldValidators.required(label, price.get())
                .or(() -> FieldValidators.amount(label, price.get()));
        if (problem.isEmpty() && Amount.parse(price.get()).orElse(BigDecimal.ONE).signum() == 0) {
            problem = Optional.of(label + " : " + m.get("form.positive"));
        }
        set(PRICE, problem);
    }

    private void checkTerms() {
        set(PAYMENT_TERMS, FieldValidators.required(m.get("form.agreement.paymentTerms"), paymentTerms.get()));
        set(DELIVERY_TERMS, FieldValidators.required(m.get("form.agreement.deliveryTerms"), deliveryTerms.get()));
    }

    private void checkCredit() {
        set(METHOD, method.get() == null ? Optional.of(m.get("form.agreement.method") + " : " + m.get("form.required"))
                : Optional.empty());
        boolean credit = isCredit();
        set(DOWN, credit && !down.get().isBlank() ? FieldValidators.amount(m.get("form.agreement.downPayment"),
                down.get()) : Optional.empty());
        String label = m.get("form.agreement.financed");
        set(LENDER, credit && lender.get() == null ? Optional.of(m.get("form.agreement.lender") + " : "
                + m.get("form.required")) : Optional.empty());
        set(FINANCED, !credit ? Optional.empty() : FieldValidators.required(label, financed.get())
                .or(() -> FieldValidators.amount(label, financed.get())));
    }

    @Override
    protected void validateAll() {
        checkPrice();
        checkTerms();
        checkCredit();
    }

    @Override
    protected Command command() {
        boolean credit = isCredit();
        Set<FinancingCover> chosen = EnumSet.noneOf(FinancingCover.class);
        covers.forEach((c, on) -> {
            if (on.get()) {
                chosen.add(c);
            }
        });
        AgreementDraft draft = new AgreementDraft(Amount.parse(price.get()).orElseThrow(), method.get(),
                paymentTerms.get(), deliveryTerms.get(),
                credit && !down.get().isBlank() ? Amount.parse(down.get()).orElseThrow() : null,
                credit ? Amount.parse(financed.get()).orElseThrow() : null, credit ? chosen : Set.of(),
                credit ? lender.get() : null);
        return actions -> actions.agree(orderId, draft, actor);
    }
}
