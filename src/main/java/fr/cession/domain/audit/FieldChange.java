package fr.cession.domain.audit;

import java.util.Objects;

/**
 * One field's old and new value, in the canonical text form of {@link FieldValues}. Field names
 * are the column names of the entity's table, so a change can be applied to any copy of the row.
 */
public record FieldChange(String field, String oldValue, String newValue) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
