package fr.cession.domain.risk;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French département of a postal address, from its postcode: two digits, three overseas
 * (971–976, 98x), 2A/2B for Corsica (postcodes 200xx–201xx and 202xx–206xx).
 */
final class Departement {

    /** The last five-digit group of the address: the postcode comes after the street number. */
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)(\\d{5})(?!\\d)");

    private Departement() {
    }

    static Optional<String> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = POSTCODE.matcher(address);
        String code = null;
        while (m.find()) {
            code = m.group(1);
        }
        if (code == null || code.startsWith("00")) {
            return Optional.empty();
        }
        if (code.startsWith("97") || code.startsWith("98")) {
            return Optional.of(code.substring(0, 3));
        }
        if (code.startsWith("20")) {
            return Optional.of(code.charAt(2) <= '1' ? "2A" : "2B");
        }
        return Optional.of(code.substring(0, 2));
    }
}
