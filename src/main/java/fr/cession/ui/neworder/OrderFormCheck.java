package fr.cession.ui.neworder;

import fr.cession.domain.validation.Amount;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.domain.validation.OrderValidator;
import fr.cession.domain.order.Order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The form's checks are the domain's: the draft built from what is typed goes through
 * {@link OrderValidator} (the very check the workflow makes on creation), and each
 * {@link FieldError} comes back to the field it names. Messages are the domain's, in French.
 * Warnings (a temporary WW plate, an unexpected VIN check digit) never block the creation.
 */
final class OrderFormCheck {

    /** What the domain says, by field; refusals about no field of the form go to {@code general}. */
    record Result(Map<OrderField, String> errors, Map<OrderField, String> warnings, List<String> general) {
        boolean ok() {
            return errors.isEmpty() && general.isEmpty();
        }
    }

    private static final Map<String, OrderField> PATHS = Map.ofEntries(
            Map.entry("customer.firstName", OrderField.FIRST_NAME),
            Map.entry("customer.lastName", OrderField.LAST_NAME),
            Map.entry("customer.companyName", OrderField.COMPANY_NAME),
            Map.entry("customer.companySiren", OrderField.SIREN),
            Map.entry("customer.email", OrderField.EMAIL),
            Map.entry("customer.phone", OrderField.PHONE),
            Map.entry("customer.address", OrderField.ADDRESS),
            Map.entry("vehicle.vin", OrderField.VIN),
            Map.entry("vehicle.plate", OrderField.PLATE),
            Map.entry("vehicle.make", OrderField.MAKE),
            Map.entry("vehicle.model", OrderField.MODEL),
            Map.entry("vehicle.price", OrderField.PRICE),
            Map.entry("reservationFee", OrderField.RESERVATION_FEE),
            Map.entry("financing.downPayment", OrderField.DOWN_PAYMENT),
            Map.entry("financing.financedAmount", OrderField.FINANCED_AMOUNT));

    /** The domain's names of the amount fields, for "not an amount" refusals made before the draft exists. */
    private static final Map<OrderField, String> AMOUNT_LABELS = Map.of(
            OrderField.PRICE, "Prix",
            OrderField.RESERVATION_FEE, "Frais de réservation",
            OrderField.DOWN_PAYMENT, "Apport",
            OrderField.FINANCED_AMOUNT, "Montant financé");

    private final OrderValidator validator = new OrderValidator();

    /** The draft as the workflow will store it (plate with dashes, VIN and e-mail in canonical form). */
    Order normalize(Order draft) {
        return validator.normalize(draft);
    }

    /** The field an error path of the domain names, if the form has it. */
    static Optional<OrderField> fieldOf(String path) {
        return Optional.ofNullable(PATHS.get(path));
    }

    /** An amount as typed; null when empty or unreadable (the unreadable case is reported by {@link #check}). */
    static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : Amount.parse(text).orElse(null);
    }

    /**
     * @param text    what is typed in each field
     * @param draftOf builds the draft from the typed values (amounts read with {@link #amount})
     */
    Result check(Function<OrderField, String> text, Function<Function<OrderField, String>, Order> draftOf) {
        Map<OrderField, String> errors = new EnumMap<>(OrderField.class);
        for (Map.Entry<OrderField, String> a : AMOUNT_LABELS.entrySet()) {
            String typed = text.apply(a.getKey());
            if (typed != null && !typed.isBlank() && Amount.parse(typed).isEmpty()) {
                Amount.check(a.getValue(), typed).ifPresent(msg -> errors.put(a.getKey(), msg));
            }
        }
        List<String> general = new ArrayList<>();
        Order draft = validator.normalize(draftOf.apply(text));
        for (FieldError e : validator.validate(draft)) {
            Optional<OrderField> field = fieldOf(e.field());
            if (field.isPresent()) {
                errors.putIfAbsent(field.get(), e.message());
            } else {
                general.add(e.message());
            }
        }
        Map<OrderField, String> warnings = new EnumMap<>(OrderField.class);
        if (!errors.containsKey(OrderField.PLATE)) {
            FieldValidators.plateWarning(text.apply(OrderField.PLATE)).ifPresent(w -> warnings.put(OrderField.PLATE, w));
        }
        if (!errors.containsKey(OrderField.VIN)) {
            FieldValidators.vinWarning(text.apply(OrderField.VIN)).ifPresent(w -> warnings.put(OrderField.VIN, w));
        }
        return new Result(errors, warnings, general);
    }
}
