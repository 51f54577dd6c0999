package fr.cession.ui.neworder;

import fr.cession.domain.order.CustomerKind;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * As-you-type checks of the new-order form. They say what is wrong with the field, in the
 * screen's language; the workflow checks the order again when it is created.
 */
final class OrderFormRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^(\\+33|0)[1-9](\\d{8})$");
    /** ISO 3779: 17 characters, letters I, O and Q excluded. */
    private static final Pattern VIN = Pattern.compile("^[A-HJ-NPR-Z0-9]{17}$");
    /** SIV plate since 2009: AA-123-AA. */
    private static final Pattern PLATE = Pattern.compile("^[A-Z]{2}-?\\d{3}-?[A-Z]{2}$");
    private static final Pattern SIREN = Pattern.compile("^\\d{9}$");

    private final Messages m;

    OrderFormRules(Messages m) {
        this.m = m;
    }

    Optional<String> check(OrderField field, String raw, CustomerKind kind) {
        String v = raw == null ? "" : raw.trim();
        boolean company = kind == CustomerKind.SOCIETE;
        return switch (field) {
            case FIRST_NAME -> company ? Optional.empty() : required(field, v);
            case LAST_NAME, MAKE, MODEL -> required(field, v);
            case COMPANY_NAME -> company ? required(field, v) : Optional.empty();
            case SIREN -> company ? required(field, v).or(() -> matches(field, v.replace(" ", ""), SIREN))
                    : Optional.empty();
            case EMAIL -> required(field, v).or(() -> matches(field, v, EMAIL));
            case PHONE -> required(field, v).or(() -> matches(field, v.replaceAll("[\\s.]", ""), PHONE));
            case ADDRESS -> Optional.empty();
            case VIN -> required(field, v).or(() -> matches(field, v.toUpperCase(), VIN));
            case PLATE -> v.isEmpty() ? Optional.empty() : matches(field, v.toUpperCase(), PLATE);
            case PRICE -> amount(field, v, true);
            case RESERVATION_FEE -> amount(field, v, false);
        };
    }

    private Optional<String> required(OrderField f, String v) {
        return v.isEmpty() ? Optional.of(m.get("form.error.required", name(f))) : Optional.empty();
    }

    private Optional<String> matches(OrderField f, String v, Pattern p) {
        return p.matcher(v).matches() ? Optional.empty()
                : Optional.of(m.get("form.error." + f.name().toLowerCase().replace("_", "")));
    }

    private Optional<String> amount(OrderField f, String v, boolean strictlyPositive) {
        if (v.isEmpty()) {
            return Optional.of(m.get("form.error.required", name(f)));
        }
        Optional<BigDecimal> a = Formats.parseAmount(v);
        if (a.isEmpty()) {
            return Optional.of(m.get("form.error.amount", name(f)));
        }
        int sign = a.get().signum();
        if (sign < 0 || (strictlyPositive && sign == 0)) {
            return Optional.of(m.get("form.error.positive", name(f)));
        }
        return Optional.empty();
    }

    String name(OrderField f) {
        return m.label(f);
    }
}
