package fr.cession.domain.validation;

import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import java.util.Locale;
import java.util.Optional;

/**
 * IBAN of a RIB (seed 004 line 69, the refund after funds were received). iban4j checks the
 * country's length and structure and the check digits; we only normalise what people type.
 */
public final class Iban {

    private Iban() {
    }

    /** Upper case without spaces, the form iban4j and the bank expect. */
    public static String normalize(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The reason the IBAN is refused, or empty when it is valid. */
    public static Optional<String> check(String raw) {
        String iban = normalize(raw);
        if (iban.isEmpty()) {
            return Optional.of("IBAN : obligatoire");
        }
        try {
            IbanUtil.validate(iban);
            return Optional.empty();
        } catch (InvalidCheckDigitException e) {
            return refused(iban, "la clé de contrôle est fausse (erreur de saisie ?)");
        } catch (UnsupportedCountryException e) {
            return refused(iban, "le pays « " + iban.substring(0, Math.min(2, iban.length())) + " » n'est pas reconnu");
        } catch (IbanFormatException e) {
            return refused(iban, formatReason(e, iban));
        }
    }

    public static boolean isValid(String raw) {
        return check(raw).isEmpty();
    }

    private static String formatReason(IbanFormatException e, String iban) {
        if (e.getFormatViolation() == null) {
            return "format invalide";
        }
        return switch (e.getFormatViolation()) {
            case IBAN_VALID_CHARACTERS, BBAN_ONLY_DIGITS, BBAN_ONLY_UPPER_CASE_LETTERS,
                 BBAN_ONLY_DIGITS_OR_LETTERS -> "caractère non autorisé";
            case COUNTRY_CODE_TWO_LETTERS, COUNTRY_CODE_UPPER_CASE_LETTERS, COUNTRY_CODE_EXISTS ->
                    "doit commencer par le code pays (ex. FR)";
            case BBAN_LENGTH, IBAN_FORMATTING -> "longueur incorrecte pour le pays « " + iban.substring(0, 2)
                    + " » (" + iban.length() + " caractères)";
            case CHECK_DIGIT_ONLY_DIGITS, CHECK_DIGIT_TWO_DIGITS -> "la clé (3e et 4e caractères) doit être deux chiffres";
            default -> "format invalide";
        };
    }

    private static Optional<String> refused(String iban, String reason) {
        return Optional.of("IBAN : « " + iban + " » — " + reason);
    }
}
