package fr.cession.domain.validation;

import fr.cession.domain.validation.FieldError.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shapes of a refused value, each said in French and by key: "{field} : obligatoire", and
 * "{field} : « {value} » — {reason}" where the reason has its own key ({@code field.invalid.<reason>}).
 */
final class Problems {

    static final String REQUIRED = "field.required";

    private Problems() {
    }

    static Optional<Problem> required(Field field) {
        return Optional.of(Problem.of(REQUIRED, field.label() + " : obligatoire", field));
    }

    /**
     * @param reason       the key's last part, e.g. {@code plate.format}
     * @param frenchReason the reason in French, with {@code extra} already in it
     * @param extra        what the reason quotes (a block of letters, a count), arguments {2}, {3}...
     */
    static Optional<Problem> invalid(Field field, String value, String reason, String frenchReason, Object... extra) {
        List<Object> args = new ArrayList<>();
        args.add(field);
        args.add(value);
        args.addAll(java.util.Arrays.asList(extra));
        return Optional.of(new Problem("field.invalid." + reason, args,
                field.label() + " : « " + value + " » — " + frenchReason));
    }
}
