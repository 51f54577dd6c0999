package fr.cession.domain.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A deliberately plain check: one @, a non-empty local part, a domain with a dot, no spaces. */
public final class Email {

    private static final Pattern SHAPE =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    private Email() {
    }

    public static String normalize(String raw) {
        return raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> check(String raw) {
        return problem(raw).map(FieldError.Problem::french);
    }

    public static Optional<FieldError.Problem> problem(String raw) {
        String email = normalize(raw);
        if (email.isEmpty()) {
            return Problems.required(Field.EMAIL);
        }
        if (!SHAPE.matcher(email).matches() || email.contains("..")) {
            return Problems.invalid(Field.EMAIL, email, "email.shape",
                    "adresse invalide (forme attendue nom@domaine.fr)");
        }
        return Optional.empty();
    }
}
