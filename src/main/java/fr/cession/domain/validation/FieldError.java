package fr.cession.domain.validation;

import java.util.Objects;

/**
 * One refused input: the field (a stable path such as {@code customer.email}, for the UI to put
 * the message next to the right control) and the French message naming the field and the reason.
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
