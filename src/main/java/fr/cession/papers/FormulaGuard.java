package fr.cession.papers;

/**
 * Text a spreadsheet must never run. A customer typed as {@code =HYPERLINK("http://…")} or
 * {@code @SUM(…)} is stored as typed; exported as is, Excel or LibreOffice would run it when the
 * file opens (CSV injection, OWASP). A cell starting with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe in CSV, which the spreadsheet reads as "text" and hides.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    public static String neutralise(String text) {
        return risky(text) ? "'" + text : text;
    }
}
