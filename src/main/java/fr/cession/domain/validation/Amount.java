package fr.cession.domain.validation;

import java.math.BigDecimal;
import java.util.Optional;

/** Euro amounts: never negative, at most two decimals (cents). */
public final class Amount {

    private Amount() {
    }

    public static Optional<FieldError.Problem> problem(Field field, BigDecimal amount) {
        if (amount == null) {
            return Problems.required(field);
        }
        if (amount.signum() < 0) {
            return Problems.invalid(field, amount.toPlainString(), "amount.negative", "un montant ne peut pas être négatif");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Problems.invalid(field, amount.toPlainString(), "amount.cents", "deux décimales au plus (centimes)");
        }
        return Optional.empty();
    }

    /** What is wrong with a typed amount, or empty when it reads as an acceptable amount. */
    public static Optional<FieldError.Problem> problem(Field field, String text) {
        if (text == null || text.isBlank()) {
            return Problems.required(field);
        }
        Optional<BigDecimal> parsed = parse(text);
        if (parsed.isEmpty()) {
            return Problems.invalid(field, text.trim(), "amount.notAnAmount", "ce n'est pas un montant (ex. 15 000,00)");
        }
        return problem(field, parsed.get());
    }

    /** @param label the field as the user sees it, e.g. "Prix" */
    public static Optional<String> check(String label, BigDecimal amount) {
        if (amount == null) {
            return Optional.of(label + " : obligatoire");
        }
        if (amount.signum() < 0) {
            return Optional.of(label + " : « " + amount.toPlainString() + " » — un montant ne peut pas être négatif");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of(label + " : « " + amount.toPlainString() + " » — deux décimales au plus (centimes)");
        }
        return Optional.empty();
    }

    /** Reads what a French user types: "1 234,56", "1234.56", "15 000 €". */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replaceAll("[\\s\\u00A0\\u202F€]", "").replace(',', '.');
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
    }

    public static Optional<String> check(String label, String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(label + " : obligatoire");
        }
        Optional<BigDecimal> parsed = parse(text);
        if (parsed.isEmpty()) {
            return Optional.of(label + " : « " + text.trim() + " » — ce n'est pas un montant (ex. 15 000,00)");
        }
        return check(label, parsed.get());
    }
}
