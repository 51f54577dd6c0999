package fr.cession.domain.rules;

import java.util.Objects;

/**
 * Why a step is refused: a stable code (the playbook's rule name, or the kind of check), the
 * French message shown to the user (naming what is missing and why), and the seed line it
 * comes from ("004:26"), so a user or a developer can go back to the source.
 */
public record RuleViolation(String code, String message, String seedRef) {

    public RuleViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
