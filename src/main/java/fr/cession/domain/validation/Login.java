package fr.cession.domain.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user's login as the configuration's {@code user.login} accepts it (lower-case letters, digits,
 * ".", "_" or "-", at most 80 characters), so an order given to someone names a login that can exist.
 */
public final class Login {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

    private Login() {
    }

    public static Optional<String> check(String label, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(label + " : obligatoire");
        }
        if (!LOGIN.matcher(value.trim()).matches()) {
            return Optional.of(label + " : « " + value.trim()
                    + " » n'est pas un identifiant (lettres minuscules, chiffres, « . », « _ » ou « - » attendus)");
        }
        return Optional.empty();
    }
}
