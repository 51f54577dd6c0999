package fr.cession.domain.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The canonical text form of field values in the audit trail and the sync protocol: ISO dates
 * and instants, plain decimals, enum names, sorted comma lists. Null stays null. Two equal
 * values always give the same text, so a diff never reports a change that is not one.
 */
public final class FieldValues {

    private FieldValues() {
    }

    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            // Money is kept at two decimals; never fewer, so 290 and 290.00 read the same.
            BigDecimal stripped = d.stripTrailingZeros();
            return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(FieldValues::of).sorted().collect(Collectors.joining(","));
        }
        return value.toString();
    }

    public static String text(String raw) {
        return raw == null || raw.isEmpty() ? null : raw;
    }

    public static UUID uuid(String raw) {
        return raw == null ? null : UUID.fromString(raw);
    }

    public static BigDecimal decimal(String raw) {
        return raw == null ? null : new BigDecimal(raw);
    }

    public static LocalDate date(String raw) {
        return raw == null ? null : LocalDate.parse(raw);
    }

    public static LocalDateTime dateTime(String raw) {
        return raw == null ? null : LocalDateTime.parse(raw);
    }

    public static Instant instant(String raw) {
        return raw == null ? null : Instant.parse(raw);
    }

    public static Integer integer(String raw) {
        return raw == null ? null : Integer.valueOf(raw);
    }

    public static boolean bool(String raw) {
        return Boolean.parseBoolean(raw);
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String raw) {
        return raw == null ? null : Enum.valueOf(type, raw);
    }

    public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, String raw) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (raw != null && !raw.isBlank()) {
            Arrays.stream(raw.split(",")).map(String::trim).forEach(s -> set.add(Enum.valueOf(type, s)));
        }
        return set;
    }
}
