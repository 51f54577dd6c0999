package fr.cession.domain.validation;

import java.util.Optional;

/** SIREN of a company buyer (seed 004 line 13, "Si pro"): 9 digits with a Luhn key. */
public final class Siren {

    private static final Field FIELD = Field.COMPANY_SIREN;

    private Siren() {
    }

    public static String normalize(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s", "");
    }

    public static Optional<String> check(String raw) {
        return problem(raw).map(FieldError.Problem::french);
    }

    public static Optional<FieldError.Problem> problem(String raw) {
        String siren = normalize(raw);
        if (siren.isEmpty()) {
            return Optional.of(FieldError.Problem.of("field.siren.required", FIELD.label() + " : obligatoire pour une société",
                    FIELD));
        }
        if (!siren.matches("\\d{9}")) {
            return Problems.invalid(FIELD, siren, "siren.digits", "9 chiffres attendus");
        }
        if (!luhn(siren)) {
            return Problems.invalid(FIELD, siren, "siren.key", "la clé de contrôle est fausse (erreur de saisie ?)");
        }
        return Optional.empty();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
