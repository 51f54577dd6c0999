package fr.cession.domain.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/**
 * Customer phone numbers, typed the French way ("06 12 34 56 78") or international ("+33 6 ...",
 * "0033 6 ..."); stored in E.164 ("+33612345678") so that two spellings are one number.
 * libphonenumber knows which French ranges exist; a foreign number with its prefix is accepted.
 */
public final class Phone {

    private static final Field FIELD = Field.PHONE;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phone() {
    }

    public static Optional<String> check(String raw) {
        return problem(raw).map(FieldError.Problem::french);
    }

    public static Optional<FieldError.Problem> problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Problems.required(FIELD);
        }
        Optional<PhoneNumber> parsed = parse(raw);
        if (parsed.isEmpty()) {
            return Problems.invalid(FIELD, raw.trim(), "phone.notANumber", "ce n'est pas un numéro de téléphone");
        }
        if (!UTIL.isValidNumber(parsed.get())) {
            return Problems.invalid(FIELD, raw.trim(), "phone.unknown",
                    "numéro inexistant (vérifier le nombre de chiffres)");
        }
        return Optional.empty();
    }

    /** The number in E.164, or the input trimmed when it is not a valid number. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        return parse(raw).filter(UTIL::isValidNumber)
                .map(n -> UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164))
                .orElse(raw.trim());
    }

    /** Whether the number is a valid French mobile (06, 07, or +33 6/7). */
    public static boolean isFrenchMobile(String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return parse(raw).filter(UTIL::isValidNumber)
                .filter(n -> "FR".equals(UTIL.getRegionCodeForNumber(n)))
                .map(UTIL::getNumberType)
                .filter(t -> t == PhoneNumberUtil.PhoneNumberType.MOBILE)
                .isPresent();
    }

    private static Optional<PhoneNumber> parse(String raw) {
        try {
            return Optional.of(UTIL.parse(raw.trim(), "FR"));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
