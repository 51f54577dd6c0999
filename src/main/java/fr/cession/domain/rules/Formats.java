package fr.cession.domain.rules;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and amounts read in the French messages. */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    private Formats() {
    }

    static String day(LocalDate d) {
        return d == null ? "?" : DAY.format(d);
    }

    static String dayTime(LocalDateTime d) {
        return d == null ? "?" : DAY_TIME.format(d);
    }

    public static String euros(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        // The JDK groups with a narrow no-break space: keep it readable in plain-text logs too.
        return f.format(amount == null ? BigDecimal.ZERO : amount).replace('\u202F', ' ').replace('\u00A0', ' ') + " €";
    }
}
