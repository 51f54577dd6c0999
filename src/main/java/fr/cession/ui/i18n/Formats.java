package fr.cession.ui.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Dates and amounts as the French users read and type them, whatever the screen language. */
public final class Formats {

    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final String DATE_TIME_PATTERN = "dd/MM/yyyy HH:mm";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.FRANCE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN, Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRANCE);
    private static final DateTimeFormatter SHORT_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm", Locale.FRANCE);

    private final ZoneId zone;

    public Formats(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    public String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t.atZone(zone));
    }

    /** Day, month and time without the year, for cards where width is short; the tooltip gives the rest. */
    public String shortDateTime(Instant t) {
        return t == null ? "" : SHORT_DATE_TIME.format(t.atZone(zone));
    }

    /** The same for a local date and time (a hand-over appointment). */
    public String shortDateTime(LocalDateTime t) {
        return t == null ? "" : SHORT_DATE_TIME.format(t);
    }

    public String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(zone));
    }

    public String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        // a new instance each call: NumberFormat is not thread-safe and cells format off the FX thread too
        return NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount);
    }

    public static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim(), DATE));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public static Optional<LocalDateTime> parseDateTime(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), DATE_TIME));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** "25 000,50", "25000.50" or "25 000 €" as an amount. */
    public static Optional<BigDecimal> parseAmount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.replace("€", "").replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
