package fr.cession.ui.dialog;

import fr.cession.domain.dossier.ConcurrentChangeException;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text shown when a command is refused, one reason per line (the exceptions join them with
 * " ; " for logs), with the seed line a rule comes from. Built with the interface's
 * {@link Messages}, a reason the domain gave a key is said in the interface language
 * ({@code domain.<key>} in the bundles, its arguments formatted there: dates, amounts, the labels
 * of enum constants and of the fields); one without a key keeps the domain's French.
 */
public final class Refusals {

    private final Messages m;
    private final Formats f;

    public Refusals(Messages m, ZoneId zone) {
        this.m = m;
        this.f = new Formats(zone);
    }

    public Refusals(Messages m) {
        this(m, ZoneId.of("Europe/Paris"));
    }

    /** The domain's French reasons as they are, for callers with no interface language at hand. */
    public static String message(Throwable e) {
        return render(e, RuleViolation::message, FieldError::message);
    }

    /** The reasons in the interface language. */
    public String say(Throwable e) {
        return render(e, this::text, this::text);
    }

    /** One rule refusal in the interface language, without its seed line. */
    public String text(RuleViolation v) {
        return v.key() == null ? v.message() : format(v.key(), v.args(), v.message());
    }

    /** One field error in the interface language. */
    public String text(FieldError e) {
        return e.key() == null ? e.message() : format(e.key(), e.args(), e.message());
    }

    /** A problem of a value (a warning, an error before it is tied to a path) in the interface language. */
    public String text(FieldError.Problem p) {
        return p.key() == null ? p.french() : format(p.key(), p.args(), p.french());
    }

    /** Each reason on its line, with its seed line (as the order file lists what blocks). */
    public List<String> lines(List<RuleViolation> violations) {
        return violations.stream().map(v -> withSeed(text(v), v)).toList();
    }

    private String format(String key, List<Object> args, String french) {
        String text = m.get("domain." + key, args.stream().map(this::arg).toArray());
        // a key the bundles lack must not show "!key!" to a user: the French text says it
        return text.startsWith("!") && text.endsWith("!") ? french : text;
    }

    private Object arg(Object a) {
        if (a == null) {
            return "";
        }
        if (a instanceof Enum<?> e) {
            return m.label(e);
        }
        if (a instanceof LocalDate d) {
            return f.date(d);
        }
        if (a instanceof LocalDateTime t) {
            return f.dateTime(t);
        }
        if (a instanceof BigDecimal b) {
            return f.amount(b);
        }
        // numbers as written, without the locale's grouping ("1 000" would read as two numbers)
        return String.valueOf(a);
    }

    private interface Say<T> {
        String apply(T t);
    }

    private static String render(Throwable e, Say<RuleViolation> rule, Say<FieldError> field) {
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
            return rv.violations().stream().map(v -> withSeed(rule.apply(v), v)).collect(Collectors.joining("\n"));
        }
        if (t instanceof ValidationException ve) {
            return ve.errors().stream().map(field::apply).collect(Collectors.joining("\n"));
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String withSeed(String text, RuleViolation v) {
        return v.seedRef() == null ? text : text + " (" + v.seedRef() + ")";
    }
}
