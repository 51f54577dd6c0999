package fr.cession.papers;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The papers' words (French only: they go to French customers, inspectors and managers whatever the
 * screen language) and the French way of writing dates and amounts on them.
 */
final class FrenchText {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("fr.cession.papers.textes", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE);

    private FrenchText() {
    }

    /** A text of {@code textes.properties}; with arguments a MessageFormat pattern. */
    static String get(String key, Object... args) {
        String text = TEXTS.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, Locale.FRANCE).format(args);
    }

    static String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    static String date(Instant t, ZoneId zone) {
        return t == null ? "" : DATE.format(t.atZone(zone));
    }

    /**
     * "1 234,56 €". A plain space groups the thousands: the JDK's French format uses a narrow
     * no-break space, which the PDF's standard fonts cannot draw and spreadsheets do not read.
     */
    static String amount(BigDecimal amount) {
        return amount == null ? "" : number(amount) + " €";
    }

    /** "1 234,56" without the currency (a CSV cell French Excel reads as a number). */
    static String number(BigDecimal amount) {
        DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.FRANCE);
        s.setGroupingSeparator(' ');
        s.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", s).format(amount);
    }

    static String km(Integer km) {
        if (km == null) {
            return "";
        }
        DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.FRANCE);
        s.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0", s).format(km) + " km";
    }

    /** "FR76 3000 6000 0112 3456 7890 189": an IBAN read aloud or copied by groups of four. */
    static String iban(String iban) {
        if (iban == null) {
            return "";
        }
        String compact = iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
