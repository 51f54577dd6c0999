package fr.cession.papers;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A screen's list to CSV for French Excel (UTF-8 with a byte order mark, or Excel reads it as
 * Windows-1252; ";" between cells, as Excel does where "," is the decimal sign) or to XLSX, where
 * every text is an inline string cell and nothing is ever written as a formula.
 */
public final class TableExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final CSVFormat FRENCH_EXCEL = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private TableExport() {
    }

    public static void csv(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, FRENCH_EXCEL);
        csv.printRecord(table.headers().stream().map(FormulaGuard::neutralise).toList());
        for (List<Object> row : table.rows()) {
            csv.printRecord(row.stream().map(TableExport::csvCell).toList());
        }
        csv.flush();
    }

    private static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal amount) {
            // "1234,50": French Excel reads it as a number; our own numbers are never neutralised
            return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString().replace('.', ',');
        }
        if (v instanceof Integer n) {
            return n.toString();
        }
        if (v instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (v instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        return FormulaGuard.neutralise(v.toString());
    }

    public static void xlsx(Table table, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Cession", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(table.sheetName()));
        int cols = table.headers().size();
        int[] widths = new int[cols];
        for (int c = 0; c < cols; c++) {
            String h = table.headers().get(c);
            ws.inlineString(0, c, h);
            widths[c] = h.length();
        }
        ws.range(0, 0, 0, Math.max(0, cols - 1)).style().bold().fillColor("E8EEF6").set();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < cols; c++) {
                widths[c] = Math.max(widths[c], xlsxCell(ws, r + 1, c, row.get(c)));
            }
        }
        for (int c = 0; c < cols; c++) {
            ws.width(c, Math.min(60, widths[c] + 2));
        }
        ws.freezePane(0, 1);
        wb.finish();
    }

    /** Writes one cell; returns about how many characters wide it shows. */
    private static int xlsxCell(Worksheet ws, int r, int c, Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof BigDecimal amount) {
            ws.value(r, c, amount);
            ws.style(r, c).format("#,##0.00 \"€\"").set();
            return 14;
        }
        if (v instanceof Integer n) {
            ws.value(r, c, n);
            return 8;
        }
        if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("dd/mm/yyyy").set();
            return 10;
        }
        if (v instanceof LocalDateTime t) {
            ws.value(r, c, t);
            ws.style(r, c).format("dd/mm/yyyy hh:mm").set();
            return 16;
        }
        String s = v.toString();
        // an inline string is text by its type: "=HYPERLINK(…)" shows as typed and never runs
        ws.inlineString(r, c, s);
        return Math.min(s.length(), 60);
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String sheetName(String name) {
        String n = name == null || name.isBlank() ? "Export" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return n.length() > 31 ? n.substring(0, 31) : n;
    }
}
