package fr.cession.domain.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French SIV registration plate, {@code AA-123-AA}. The registration system never issues the
 * letters I, O and U (confused with 1, 0 and V), nor the block SS, nor the number 000; the
 * first block WW is the temporary registration (W garage plates), accepted but flagged.
 */
public final class Plate {

    private static final Pattern LOOSE = Pattern.compile("^([A-Z]{2})[\\s-]?(\\d{3})[\\s-]?([A-Z]{2})$");
    private static final Field FIELD = Field.PLATE;

    private Plate() {
    }

    /** Upper case with the two dashes, when the input has the SIV shape; otherwise trimmed upper case. */
    public static String normalize(String raw) {
        String s = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        Matcher m = LOOSE.matcher(s);
        return m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : s;
    }

    public static Optional<String> check(String raw) {
        return problem(raw).map(FieldError.Problem::french);
    }

    public static Optional<FieldError.Problem> problem(String raw) {
        String plate = normalize(raw);
        if (plate.isEmpty()) {
            return Problems.required(FIELD);
        }
        Matcher m = LOOSE.matcher(plate);
        if (!m.matches()) {
            return Problems.invalid(FIELD, plate, "plate.format", "format attendu AA-123-AA");
        }
        for (String block : new String[] {m.group(1), m.group(3)}) {
            if (block.matches(".*[IOU].*")) {
                return Problems.invalid(FIELD, plate, "plate.letters",
                        "les lettres I, O et U ne sont pas attribuées (bloc « " + block + " »)", block);
            }
            if (block.equals("SS")) {
                return Problems.invalid(FIELD, plate, "plate.ss", "le bloc « SS » n'est pas attribué");
            }
        }
        if (m.group(2).equals("000")) {
            return Problems.invalid(FIELD, plate, "plate.zero", "le numéro « 000 » n'est pas attribué");
        }
        return Optional.empty();
    }

    /** A warning for a valid plate that deserves a look, such as a temporary WW registration. */
    public static Optional<String> warning(String raw) {
        return warningProblem(raw).map(FieldError.Problem::french);
    }

    public static Optional<FieldError.Problem> warningProblem(String raw) {
        String plate = normalize(raw);
        if (check(plate).isEmpty() && plate.startsWith("WW-")) {
            return Problems.invalid(FIELD, plate, "plate.temporary",
                    "immatriculation provisoire (WW), la définitive reste à faire");
        }
        return Optional.empty();
    }
}
