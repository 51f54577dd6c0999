package fr.cession.domain.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Why a step is refused: a stable code (the playbook's rule name, or the kind of check), the
 * French message shown to the user (naming what is missing and why), and the seed line it
 * comes from ("004:26"), so a user or a developer can go back to the source.
 * <p>
 * The screens speak the user's language: {@code key} names the message in the interface bundles
 * ({@code domain.<key>}) and {@code args} fill it (dates, amounts, enum constants, numbers, text),
 * each rendered by the screen in its language. The French {@code message} stays the domain's
 * default, for the command line, the logs and a violation built without a key.
 */
public record RuleViolation(String code, String message, String seedRef, String key, List<Object> args) {

    public RuleViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        // arguments may be null (an unknown lender, a missing reference): List.copyOf would refuse them
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** A violation with no translation: every language shows the French message. */
    public RuleViolation(String code, String message, String seedRef) {
        this(code, message, seedRef, null, List.of());
    }

    /** A violation the screens can translate: {@code key} and {@code args} with the French text for everyone else. */
    public static RuleViolation of(String code, String seedRef, String key, String message, Object... args) {
        return new RuleViolation(code, message, seedRef, key, java.util.Arrays.asList(args));
    }
}
