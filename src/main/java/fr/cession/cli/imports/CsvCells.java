package fr.cession.cli.imports;

import fr.cession.store.ColumnSizes;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the cells of one record, collecting every problem instead of stopping at the first.
 * Each cell is checked as the store will hold it: no control character (a NUL byte is refused
 * by the central PostgreSQL), no more characters than its column, numbers within the column's
 * digits, so a row either goes in whole or is reported with its column and reason.
 */
final class CsvCells {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final CSVRecord record;
    private final Map<CsvColumn, String> headers;
    private final ColumnSizes sizes;
    private final Set<CsvRow.RowError> errors = new LinkedHashSet<>();
    private final Set<CsvColumn> checked = EnumSet.noneOf(CsvColumn.class);

    CsvCells(CSVRecord record, Map<CsvColumn, String> headers, ColumnSizes sizes) {
        this.record = record;
        this.headers = headers;
        this.sizes = sizes;
    }

    List<CsvRow.RowError> errors() {
        return new ArrayList<>(errors);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void rowError(String message) {
        errors.add(new CsvRow.RowError(null, message));
    }

    void error(CsvColumn column, String message) {
        errors.add(new CsvRow.RowError(column.header(), message));
    }

    void missing(CsvColumn column) {
        if (errors.stream().noneMatch(e -> column.header().equals(e.column()))) {
            error(column, "valeur obligatoire manquante");
        }
    }

    /** The trimmed cell, or null when empty or absent; its characters and length checked once. */
    String text(CsvColumn column) {
        String value = raw(column);
        if (value != null && checked.add(column)) {
            checkCharacters(column, value);
            sizes.of(column.storeColumn()).filter(s -> s.length() > 0 && value.length() > s.length())
                    .ifPresent(s -> error(column, "trop long : " + value.length() + " caractères, "
                            + s.length() + " au plus"));
        }
        return value;
    }

    private String raw(CsvColumn column) {
        String header = headers.get(column);
        if (header == null || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header).trim();
        return value.isEmpty() ? null : value;
    }

    private void checkCharacters(CsvColumn column, String value) {
        boolean multiLine = column == CsvColumn.ADRESSE;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\uFFFD') {
                error(column, "caractère illisible (U+FFFD) en position " + (i + 1)
                        + " : le fichier a sans doute été converti avec un mauvais encodage");
                return;
            }
            if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r'))) {
                error(column, "caractère de contrôle interdit " + controlName(c) + " en position " + (i + 1));
                return;
            }
        }
    }

    private static String controlName(char c) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return switch (c) {
            case '\u0000' -> "(NUL, " + code + ")";
            case '\t' -> "(tabulation, " + code + ")";
            case '\n', '\r' -> "(retour à la ligne, " + code + ")";
            default -> "(" + code + ")";
        };
    }

    LocalDate date(CsvColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(column, "date illisible « " + shown(text) + " » (attendu JJ/MM/AAAA)");
            return null;
        }
    }

    LocalDateTime dateTime(CsvColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDateTime.parse(text, FRENCH_DATE_TIME) : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            error(column, "date et heure illisibles « " + shown(text) + " » (attendu JJ/MM/AAAA HH:MM)");
            return null;
        }
    }

    /** "1 234,56", "1234.56" or "1 234 €": spaces (also non-breaking) and the euro sign are ignored. */
    BigDecimal amount(CsvColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("[\\s\\u00A0\\u202F€]", "").replace(',', '.');
        BigDecimal value;
        try {
            value = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            error(column, "nombre illisible « " + shown(text) + " »");
            return null;
        }
        return fits(column, text, value) ? value : null;
    }

    private boolean fits(CsvColumn column, String text, BigDecimal value) {
        ColumnSizes.Size size = sizes.of(column.storeColumn()).orElse(null);
        if (size == null) {
            return true;
        }
        if (value.signum() < 0) {
            error(column, "nombre négatif « " + text + " »");
            return false;
        }
        if (size.integer()) {
            if (value.stripTrailingZeros().scale() > 0) {
                error(column, "nombre entier attendu, pas « " + text + " »");
                return false;
            }
            if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                error(column, "nombre trop grand « " + text + " »");
                return false;
            }
            return true;
        }
        if (size.precision() == 0) {
            return true;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (Math.max(stripped.scale(), 0) > size.scale()) {
            error(column, "« " + text + " » : " + size.scale() + " décimales au plus");
            return false;
        }
        int integerDigits = Math.max(stripped.precision() - stripped.scale(), 0);
        if (integerDigits > size.integerDigits()) {
            error(column, "nombre trop grand « " + text + " » (" + size.integerDigits()
                    + " chiffres au plus avant la virgule)");
            return false;
        }
        return true;
    }

    <E extends Enum<E>> E choice(CsvColumn column, Class<E> type) {
        String text = raw(column);
        if (text == null) {
            missing(column);
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E value : type.getEnumConstants()) {
                allowed.add(value.name());
            }
            error(column, "valeur inconnue « " + shown(text) + " » (attendu " + String.join(", ", allowed) + ")");
            return null;
        }
    }

    /** A cell quoted in a message: control characters made visible, long values cut. */
    private static String shown(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(60).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return text.codePointCount(0, text.length()) > 60 ? b + "…" : b.toString();
    }
}
