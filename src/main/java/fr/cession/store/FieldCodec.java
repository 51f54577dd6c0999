package fr.cession.store;

import fr.cession.domain.audit.FieldValues;
import org.jooq.DataType;
import org.jooq.Field;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Converts between the canonical text of {@link FieldValues} (audit trail, sync protocol) and the
 * Java value of a column. Values are cut to what the column keeps (microseconds, the decimal
 * scale) so that the text written to the audit is exactly what reading the row gives back.
 */
public final class FieldCodec {

    private FieldCodec() {
    }

    public static Object toValue(Field<?> field, String text) {
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
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text).truncatedTo(ChronoUnit.MICROS);
        }
        if (type == OffsetDateTime.class) {
            return Instant.parse(text).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        }
        if (type == BigDecimal.class) {
            BigDecimal d = new BigDecimal(text);
            DataType<?> dt = field.getDataType();
            return dt.hasScale() ? d.setScale(dt.scale(), RoundingMode.HALF_EVEN) : d;
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("Type de colonne non pris en charge pour " + field.getName() + " : " + type);
    }

    public static String toText(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().toString();
        }
        return FieldValues.of(value);
    }

    /** The text a value has once stored in this column and read back. */
    public static String normalize(Field<?> field, String text) {
        return toText(toValue(field, text));
    }
}
