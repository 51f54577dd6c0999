package fr.cession.ui.dialog;

import fr.cession.domain.dossier.ConcurrentChangeException;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;

import java.util.stream.Collectors;

/**
 * The text shown when a command is refused: the domain's French reasons as they are, one per
 * line (the exceptions join them with " ; " for logs), with the seed line a rule comes from.
 */
public final class Refusals {

    private Refusals() {
    }

    public static String message(Throwable e) {
        // a refusal may come wrapped (by a transaction, a task): the domain's own reason is the one to show
        Throwable t = e;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof RuleViolationException || c instanceof ValidationException
                    || c instanceof ConcurrentChangeException) {
                t = c;
                break;
            }
        }
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        if (t instanceof RuleViolationException rv) {
            return rv.violations().stream().map(Refusals::line).collect(Collectors.joining("\n"));
        }
        if (t instanceof ValidationException ve) {
            return ve.errors().stream().map(FieldError::message).collect(Collectors.joining("\n"));
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String line(RuleViolation v) {
        return v.seedRef() == null ? v.message() : v.message() + " (" + v.seedRef() + ")";
    }
}
