package fr.cession.domain.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One refused input: the field (a stable path such as {@code customer.email}, for the UI to put
 * the message next to the right control) and the French message naming the field and the reason.
 * <p>
 * {@code key} and {@code args} let a screen say it in its language ({@code domain.<key>} in the
 * bundles); a {@link Field} among the arguments is the field's own label, the very one its
 * control carries. The French {@code message} stays the default.
 */
public record FieldError(String field, String message, String key, List<Object> args) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** An error with no translation: every language shows the French message. */
    public FieldError(String field, String message) {
        this(field, message, null, List.of());
    }

    public static FieldError of(String field, Problem problem) {
        return new FieldError(field, problem.french(), problem.key(), problem.args());
    }

    /** What is wrong with one value, said in French and by key, before it is tied to a field path. */
    public record Problem(String key, List<Object> args, String french) {

        public Problem {
            Objects.requireNonNull(french, "french");
            args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        }

        public static Problem of(String key, String french, Object... args) {
            return new Problem(key, Arrays.asList(args), french);
        }
    }
}
