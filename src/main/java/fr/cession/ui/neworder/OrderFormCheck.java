package fr.cession.ui.neworder;

import fr.cession.domain.order.Order;
import fr.cession.domain.validation.Amount;
import fr.cession.domain.validation.Dates;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.FieldError.Problem;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.domain.validation.Mileage;
import fr.cession.domain.validation.OrderValidator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The form's checks are the domain's: what cannot be read (an amount, a day, kilometres) is
 * refused by the domain's readers; the draft built from the rest goes through
 * {@link OrderValidator} (the very check the workflow makes on creation), and each
 * {@link FieldError} comes back to the field it names. Problems keep their key, for the screen to
 * say them in its language. Warnings (a temporary WW plate, an unexpected VIN check digit) never
 * block the creation.
 */
final class OrderFormCheck {

    /** What the domain says, by field; refusals about no field of the form go to {@code general}. */
    record Result(Map<OrderField, Problem> errors, Map<OrderField, Problem> warnings, List<Problem> general) {
        boolean ok() {
            return errors.isEmpty() && general.isEmpty();
        }
    }

    private final OrderValidator validator = new OrderValidator();

    /** The draft as the workflow will store it (plate with dashes, VIN and e-mail in canonical form). */
    Order normalize(Order draft) {
        return validator.normalize(draft);
    }

    /** The field an error path of the domain names, if the form has it. */
    static Optional<OrderField> fieldOf(String path) {
        for (OrderField f : OrderField.values()) {
            if (f.field().path().equals(path)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** An amount as typed; null when empty or unreadable (the unreadable case is reported by {@link #check}). */
    static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : Amount.parse(text).orElse(null);
    }

    /**
     * @param text    what is typed in each field
     * @param applies whether a field applies to the current choices (a hidden field is not checked)
     * @param draftOf builds the draft from the typed values
     */
    Result check(Function<OrderField, String> text, Predicate<OrderField> applies,
                 Function<Function<OrderField, String>, Order> draftOf) {
        Map<OrderField, Problem> errors = new EnumMap<>(OrderField.class);
        for (OrderField f : OrderField.values()) {
            String typed = text.apply(f);
            if (!applies.test(f) || typed == null || typed.isBlank()) {
                continue;
            }
            unreadable(f, typed).ifPresent(p -> errors.put(f, p));
        }
        if (text.apply(OrderField.RESERVED_ON) == null) {
            FieldValidators.required(OrderField.RESERVED_ON.field().label(), null).ifPresent(m ->
                    errors.put(OrderField.RESERVED_ON, Problem.of("field.required", m, OrderField.RESERVED_ON.field())));
        }
        List<Problem> general = new ArrayList<>();
        Order draft = validator.normalize(draftOf.apply(text));
        for (FieldError e : validator.validate(draft)) {
            Problem p = new Problem(e.key(), e.args(), e.message());
            Optional<OrderField> field = fieldOf(e.field());
            if (field.isPresent() && applies.test(field.get())) {
                errors.putIfAbsent(field.get(), p);
            } else {
                general.add(p);
            }
        }
        Map<OrderField, Problem> warnings = new EnumMap<>(OrderField.class);
        if (!errors.containsKey(OrderField.PLATE)) {
            FieldValidators.plateWarningProblem(text.apply(OrderField.PLATE))
                    .ifPresent(w -> warnings.put(OrderField.PLATE, w));
        }
        if (!errors.containsKey(OrderField.VIN)) {
            FieldValidators.vinWarningProblem(text.apply(OrderField.VIN)).ifPresent(w -> warnings.put(OrderField.VIN, w));
        }
        return new Result(errors, warnings, general);
    }

    private static Optional<Problem> unreadable(OrderField f, String typed) {
        return switch (f.kind()) {
            // a third decimal is refused, never rounded away into the saved price
            case AMOUNT -> Amount.problem(f.field(), typed);
            case DATE -> Dates.problem(f.field(), typed);
            case TEXT -> switch (f) {
                case MILEAGE -> Mileage.problem(typed);
                case HANDOVER_TIME -> Dates.timeProblem(f.field(), typed);
                default -> Optional.empty();
            };
        };
    }
}
