package fr.cession.domain.validation;

import java.util.Optional;

/** A vehicle's kilometres as typed: "62000", "62 000", "62 000 km". */
public final class Mileage {

    private Mileage() {
    }

    public static Optional<Integer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replaceAll("(?i)[\\s\\u00A0\\u202F.]|km", "");
        if (!s.matches("-?\\d{1,7}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s));
    }

    public static Optional<FieldError.Problem> problem(String text) {
        if (text == null || text.isBlank() || parse(text).isPresent()) {
            return Optional.empty();
        }
        return Problems.invalid(Field.MILEAGE, text.trim(), "mileage.notANumber",
                "nombre de kilomètres attendu (ex. 62 000)");
    }
}
