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
    private static final String FIELD = "Immatriculation";

    private Plate() {
    }

    /** Upper case with the two dashes, when the input has the SIV shape; otherwise trimmed upper case. */
    public static String normalize(String raw) {
        String s = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        Matcher m = LOOSE.matcher(s);
        return m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : s;
    }

    public static Optional<String> check(String raw) {
        String plate = normalize(raw);
        if (plate.isEmpty()) {
            return Optional.of(FIELD + " : obligatoire");
        }
        Matcher m = LOOSE.matcher(plate);
        if (!m.matches()) {
            return refused(plate, "format attendu AA-123-AA");
        }
        for (String block : new String[] {m.group(1), m.group(3)}) {
            if (block.matches(".*[IOU].*")) {
                return refused(plate, "les lettres I, O et U ne sont pas attribuées (bloc « " + block + " »)");
            }
            if (block.equals("SS")) {
                return refused(plate, "le bloc « SS » n'est pas attribué");
            }
        }
        if (m.group(2).equals("000")) {
            return refused(plate, "le numéro « 000 » n'est pas attribué");
        }
        return Optional.empty();
    }

    /** A warning for a valid plate that deserves a look, such as a temporary WW registration. */
    public static Optional<String> warning(String raw) {
        String plate = normalize(raw);
        if (check(plate).isEmpty() && plate.startsWith("WW-")) {
            return Optional.of(FIELD + " : « " + plate + " » — immatriculation provisoire (WW), la définitive reste à faire");
        }
        return Optional.empty();
    }

    private static Optional<String> refused(String plate, String reason) {
        return Optional.of(FIELD + " : « " + plate + " » — " + reason);
    }
}
