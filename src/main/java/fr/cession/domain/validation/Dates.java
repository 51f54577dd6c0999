package fr.cession.domain.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Days typed the French way: "05/03/2020", "5/3/2020", "05.03.2020", "05032020", or ISO
 * "2020-03-05". A day that does not exist (31/02) is refused, not rolled over.
 */
public final class Dates {

    private static final List<DateTimeFormatter> READ = List.of(
            pattern("d/M/uuuu"), pattern("d.M.uuuu"), pattern("d-M-uuuu"), pattern("ddMMuuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private Dates() {
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT);
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.trim();
        for (DateTimeFormatter f : READ) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next way of writing a day
            }
        }
        return Optional.empty();
    }

    /** A time of day typed "10:00", "10h00", "10h" or "10". */
    public static Optional<java.time.LocalTime> parseTime(String text) {
        if (text == null || !text.trim().matches("\\d{1,2}([:hH](\\d{2})?)?")) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("[:hH]");
        int h = Integer.parseInt(parts[0]);
        int min = parts.length > 1 && !parts[1].isEmpty() ? Integer.parseInt(parts[1]) : 0;
        return h < 24 && min < 60 ? Optional.of(java.time.LocalTime.of(h, min)) : Optional.empty();
    }

    public static Optional<FieldError.Problem> timeProblem(Field field, String text) {
        if (text == null || text.isBlank() || parseTime(text).isPresent()) {
            return Optional.empty();
        }
        return Problems.invalid(field, text.trim(), "time.unreadable", "heure invalide (hh:mm, ex. 10:00)");
    }

    /** Why a typed day is refused; an empty text is not a problem here (the caller says if it is required). */
    public static Optional<FieldError.Problem> problem(Field field, String text) {
        if (text == null || text.isBlank() || parse(text).isPresent()) {
            return Optional.empty();
        }
        return Problems.invalid(field, text.trim(), "date.unreadable", "date invalide (jj/mm/aaaa, ex. 05/03/2020)");
    }
}
