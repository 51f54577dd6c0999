package fr.cession.sync;

import fr.cession.domain.audit.FieldValues;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Column values to and from the canonical text of {@code fr.cession.domain.audit.FieldValues},
 * typed by the jOOQ field, so one text means the same value on H2 and on PostgreSQL.
 */
public final class ValueCodec {

    private ValueCodec() {
    }

    public static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof BigDecimal d) {
            return FieldValues.of(d);
        }
        return value.toString();
    }

    public static Object parse(Field<?> field, String text) {
        if (text == null) {
            return null;
        }
        Class<?> type = field.getType();
        if (type == String.class) {
            return text;
        }
        if (type == UUID.class) {
            return UUID.fromString(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text);
        }
        if (type == OffsetDateTime.class) {
            return Instant.parse(text).atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("type de colonne non géré : " + field.getName() + " " + type);
    }

    /** Every column of a record, by name, as canonical text. */
    public static Map<String, String> row(Table<?> table, Record r) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field<?> f : table.fields()) {
            values.put(f.getName(), format(r.get(f.getName())));
        }
        return values;
    }

    /** Typed values for the given columns of a table, ready for an insert or update. */
    public static Map<Field<?>, Object> typed(Table<?> table, Map<String, String> values) {
        Map<Field<?>, Object> typed = new LinkedHashMap<>();
        values.forEach((name, text) -> {
            Field<?> f = table.field(name);
            if (f == null) {
                throw new IllegalArgumentException("colonne inconnue " + table.getName() + "." + name);
            }
            typed.put(f, parse(f, text));
        });
        return typed;
    }
}
