package fr.cession.domain.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * Vehicle identification number (ISO 3779): 17 characters, digits and letters except I, O and Q.
 * The check digit in position 9 is mandatory only in North America: a mismatch is a warning,
 * never a refusal, since most European VINs do not carry one.
 */
public final class Vin {

    private static final Field FIELD = Field.VIN;
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private Vin() {
    }

    public static String normalize(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public static Optional<String> check(String raw) {
        return problem(raw).map(FieldError.Problem::french);
    }

    public static Optional<FieldError.Problem> problem(String raw) {
        String vin = normalize(raw);
        if (vin.isEmpty()) {
            return Problems.required(FIELD);
        }
        if (vin.length() != 17) {
            return Problems.invalid(FIELD, vin, "vin.length", "17 caractères attendus, " + vin.length() + " saisis",
                    String.valueOf(vin.length()));
        }
        if (vin.matches(".*[IOQ].*")) {
            return Problems.invalid(FIELD, vin, "vin.letters", "les lettres I, O et Q n'existent pas dans un VIN");
        }
        if (!vin.matches("[A-Z0-9]{17}")) {
            return Problems.invalid(FIELD, vin, "vin.characters", "seuls les chiffres et les lettres sont admis");
        }
        return Optional.empty();
    }

    public static Optional<String> warning(String raw) {
        return warningProblem(raw).map(FieldError.Problem::french);
    }

    public static Optional<FieldError.Problem> warningProblem(String raw) {
        String vin = normalize(raw);
        if (check(vin).isPresent() || vin.charAt(8) == expectedCheckDigit(vin)) {
            return Optional.empty();
        }
        return Problems.invalid(FIELD, vin, "vin.checkDigit",
                "chiffre de contrôle inattendu (normal pour un VIN européen, à vérifier sur la carte grise)");
    }

    static char expectedCheckDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(vin.charAt(i)) * WEIGHTS[i];
        }
        int rest = sum % 11;
        return rest == 10 ? 'X' : (char) ('0' + rest);
    }

    private static int value(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        // Transliteration of ISO 3779 / FMVSS 115: letters map to 1-9 in three runs, skipping I, O, Q.
        String table = "A1B2C3D4E5F6G7H8J1K2L3M4N5P7R9S2T3U4V5W6X7Y8Z9";
        int at = table.indexOf(c);
        return at < 0 ? 0 : table.charAt(at + 1) - '0';
    }
}
