package fr.cession.papers;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A4 pages written from top to bottom: the company's header on each page, sections, label / value
 * rows, boxes to tick, tables and signature boxes, a new page whenever the next block would not fit,
 * and "page n / N" in the footer once the document is complete. The fonts are the PDF's standard
 * Helvetica (nothing to embed, WinAnsi covers French: accents, œ, €); {@link WinAnsiText} turns
 * anything else into what it can draw.
 */
final class PdfCanvas {

    /** A label and its value; a wide one takes the whole row (an address, a reason). */
    record Field(String label, String value, boolean wide) {
        static Field of(String label, String value) {
            return new Field(label, value, false);
        }

        static Field wide(String label, String value) {
            return new Field(label, value, true);
        }
    }

    private static final float MARGIN = 48;
    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float CONTENT_W = PAGE_W - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 24;
    private static final float LEADING = 13;
    private static final float LABEL_W = 112;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final Color BAND = new Color(0xe8, 0xee, 0xf6);
    private static final Color RULE = new Color(0xc9, 0xd1, 0xdb);
    private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);

    private final PDDocument doc;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Company company;
    private final String title;
    private final String reference;
    private final PDImageXObject logo;
    private PDPageContentStream cs;
    private float y;

    PdfCanvas(PDDocument doc, Company company, String title, String reference) throws IOException {
        this.doc = doc;
        this.company = company;
        this.title = title;
        this.reference = reference;
        this.logo = company.logo() == null ? null : PDImageXObject.createFromByteArray(doc, company.logo(), "logo");
        newPage();
    }

    // ---- blocks

    void section(String heading) throws IOException {
        ensure(22 + LEADING * 2);
        y -= 6;
        fill(BAND, MARGIN, y - 16, CONTENT_W, 17);
        fill(ACCENT, MARGIN, y - 16, 3, 17);
        text(bold, 10.5f, INK, MARGIN + 9, y - 11.5f, title(heading));
        y -= 22;
    }

    /** Rows of two fields side by side; a wide field has its row to itself. */
    void fields(List<Field> fields) throws IOException {
        List<Field> pending = new ArrayList<>();
        for (Field f : fields) {
            if (f.value() == null || f.value().isBlank()) {
                continue;
            }
            if (f.wide()) {
                if (!pending.isEmpty()) {
                    row(pending);
                    pending.clear();
                }
                row(List.of(f));
            } else {
                pending.add(f);
                if (pending.size() == 2) {
                    row(pending);
                    pending.clear();
                }
            }
        }
        if (!pending.isEmpty()) {
            row(pending);
        }
        y -= 2;
    }

    private void row(List<Field> row) throws IOException {
        float colW = row.size() == 1 && row.get(0).wide() ? CONTENT_W : CONTENT_W / 2;
        List<List<String>> values = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        int height = 1;
        for (Field f : row) {
            labels.add(wrap(regular, 8.5f, f.label(), LABEL_W - 8));
            values.add(wrap(bold, 9.5f, f.value(), colW - LABEL_W - 10));
            height = Math.max(height, Math.max(labels.get(labels.size() - 1).size(), values.get(values.size() - 1).size()));
        }
        ensure(height * LEADING + 3);
        for (int i = 0; i < row.size(); i++) {
            float x = MARGIN + i * colW;
            lines(regular, 8.5f, MUTED, x + 2, y - 10, labels.get(i));
            lines(bold, 9.5f, INK, x + LABEL_W, y - 10, values.get(i));
        }
        y -= height * LEADING + 3;
    }

    void paragraph(String text) throws IOException {
        paragraph(text, 9.5f, INK);
    }

    void note(String text) throws IOException {
        paragraph(text, 8.5f, MUTED);
    }

    private void paragraph(String text, float size, Color color) throws IOException {
        List<String> lines = wrap(regular, size, text, CONTENT_W - 4);
        ensure(lines.size() * LEADING + 4);
        lines(regular, size, color, MARGIN + 2, y - 10, lines);
        y -= lines.size() * LEADING + 4;
    }

    /** An important rule framed on the left in the accent colour ("sans fonds, pas de rendez-vous"). */
    void callout(String text) throws IOException {
        List<String> lines = wrap(bold, 9.5f, text, CONTENT_W - 20);
        float h = lines.size() * LEADING + 8;
        ensure(h + 6);
        y -= 3;
        fill(BAND, MARGIN, y - h, CONTENT_W, h);
        fill(ACCENT, MARGIN, y - h, 3, h);
        lines(bold, 9.5f, INK, MARGIN + 12, y - 13, lines);
        y -= h + 6;
    }

    /** A box to tick on paper, its text, and on the right what the file says of it now. */
    void checkbox(String text, String state) throws IOException {
        checkbox(text, state, null);
    }

    /** The same with a smaller line under the text (where the line comes from, its due date). */
    void checkbox(String text, String state, String detail) throws IOException {
        float stateW = state == null ? 0 : 130;
        List<String> lines = wrap(regular, 9.5f, text, CONTENT_W - 18 - stateW);
        List<String> more = detail == null ? List.of() : wrap(regular, 8, detail, CONTENT_W - 18 - stateW);
        float h = lines.size() * LEADING + more.size() * 11 + 5;
        ensure(h);
        cs.setStrokingColor(INK);
        cs.setLineWidth(0.8f);
        cs.addRect(MARGIN + 2, y - 11, 9, 9);
        cs.stroke();
        lines(regular, 9.5f, INK, MARGIN + 18, y - 10, lines);
        float dy = y - 10 - lines.size() * LEADING + 1;
        for (String m : more) {
            text(regular, 8, MUTED, MARGIN + 18, dy, m);
            dy -= 11;
        }
        if (state != null && !state.isBlank()) {
            List<String> st = wrap(regular, 8.5f, state, stateW - 6);
            for (int i = 0; i < st.size(); i++) {
                float w = width(regular, 8.5f, st.get(i));
                text(regular, 8.5f, MUTED, MARGIN + CONTENT_W - w, y - 10 - i * LEADING, st.get(i));
            }
            h = Math.max(h, st.size() * LEADING + 5);
        }
        y -= h;
    }

    /**
     * A table: a header band, then one line per row; {@code widths} are fractions of the page's width,
     * the last column is right-aligned when {@code amounts} (figures line up by their decimals).
     */
    void table(List<String> headers, float[] widths, List<List<String>> rows, boolean amounts) throws IOException {
        ensure(LEADING * 2 + 8);
        tableHeader(headers, widths, amounts);
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < row.size(); i++) {
                cells.add(wrap(regular, 9, row.get(i), widths[i] * CONTENT_W - 8));
                height = Math.max(height, cells.get(i).size());
            }
            if (y - (height * LEADING + 4) < BOTTOM) {
                newPage();
                tableHeader(headers, widths, amounts);
            }
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                if (amounts && i == cells.size() - 1) {
                    String v = cells.get(i).get(0);
                    text(regular, 9, INK, MARGIN + CONTENT_W - 4 - width(regular, 9, v), y - 10, v);
                } else {
                    lines(regular, 9, INK, x + 4, y - 10, cells.get(i));
                }
                x += widths[i] * CONTENT_W;
            }
            y -= height * LEADING + 4;
            rule(y + 1);
        }
        y -= 4;
    }

    private void tableHeader(List<String> headers, float[] widths, boolean amounts) throws IOException {
        fill(BAND, MARGIN, y - 15, CONTENT_W, 15);
        float x = MARGIN;
        for (int i = 0; i < headers.size(); i++) {
            String h = WinAnsiText.safe(bold, headers.get(i));
            float hx = amounts && i == headers.size() - 1 ? MARGIN + CONTENT_W - 4 - width(bold, 8.5f, h) : x + 4;
            text(bold, 8.5f, INK, hx, y - 10.5f, h);
            x += widths[i] * CONTENT_W;
        }
        y -= 17;
    }

    /** Blank lines to write on by hand (observations). */
    void writingLines(int count) throws IOException {
        ensure(count * 20 + 4);
        for (int i = 0; i < count; i++) {
            y -= 20;
            rule(y);
        }
        y -= 6;
    }

    /** Two boxes side by side to sign in, each with its caption. */
    void signatures(String left, String right) throws IOException {
        float h = 58;
        ensure(h + 10);
        y -= 4;
        float w = (CONTENT_W - 16) / 2;
        box(MARGIN, w, h, left);
        box(MARGIN + w + 16, w, h, right);
        y -= h + 6;
    }

    private void box(float x, float w, float h, String caption) throws IOException {
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.8f);
        cs.addRect(x, y - h, w, h);
        cs.stroke();
        lines(bold, 9, INK, x + 8, y - 13, wrap(bold, 9, caption, w - 16));
        text(regular, 7.5f, MUTED, x + 8, y - h + 7, FrenchText.get("signature.hint"));
    }

    /** Writes the footer of every page ("page n / N" needs the count) and closes the last page. */
    void finish() throws IOException {
        cs.close();
        int n = doc.getNumberOfPages();
        String left = company.name() + (company.siret() == null ? "" : " · SIRET " + company.siret())
                + (company.addressLines().isEmpty() ? "" : " · " + String.join(", ", company.addressLines()));
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs = footer;
                rule(MARGIN + 8);
                String pageText = FrenchText.get("footer.page", i + 1, n);
                float pw = width(regular, 7.5f, pageText);
                List<String> l = wrap(regular, 7.5f, left, CONTENT_W - pw - 20);
                text(regular, 7.5f, MUTED, MARGIN, MARGIN - 2, l.get(0));
                text(regular, 7.5f, MUTED, MARGIN + CONTENT_W - pw, MARGIN - 2, pageText);
            }
        }
    }

    // ---- pages

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        float top = PAGE_H - MARGIN;
        float x = MARGIN;
        if (logo != null) {
            float h = 44;
            float w = logo.getWidth() * h / logo.getHeight();
            cs.drawImage(logo, MARGIN, top - h, w, h);
            x += w + 12;
        }
        text(bold, 13, INK, x, top - 12, WinAnsiText.safe(bold, company.name()));
        float ly = top - 25;
        List<String> small = new ArrayList<>(company.addressLines());
        if (!company.contactLine().isEmpty()) {
            small.add(company.contactLine());
        }
        for (String line : small) {
            text(regular, 8.5f, MUTED, x, ly, WinAnsiText.safe(regular, line));
            ly -= 10.5f;
        }
        String t = WinAnsiText.safe(bold, title);
        text(bold, 17, ACCENT, MARGIN + CONTENT_W - width(bold, 17, t), top - 15, t);
        String r = WinAnsiText.safe(regular, reference);
        text(regular, 9, MUTED, MARGIN + CONTENT_W - width(regular, 9, r), top - 30, r);
        float bottomOfHeader = Math.min(ly + 2, top - 50);
        cs.setStrokingColor(ACCENT);
        cs.setLineWidth(1.2f);
        cs.moveTo(MARGIN, bottomOfHeader);
        cs.lineTo(MARGIN + CONTENT_W, bottomOfHeader);
        cs.stroke();
        y = bottomOfHeader - 6;
    }

    // ---- drawing

    private String title(String s) {
        return WinAnsiText.safe(bold, s);
    }

    private void rule(float at) throws IOException {
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.5f);
        cs.moveTo(MARGIN, at);
        cs.lineTo(MARGIN + CONTENT_W, at);
        cs.stroke();
    }

    private void fill(Color c, float x, float yy, float w, float h) throws IOException {
        cs.setNonStrokingColor(c);
        cs.addRect(x, yy, w, h);
        cs.fill();
    }

    private void lines(PDFont font, float size, Color color, float x, float top, List<String> lines) throws IOException {
        float ly = top;
        for (String l : lines) {
            text(font, size, color, x, ly, l);
            ly -= LEADING;
        }
    }

    private void text(PDFont font, float size, Color color, float x, float yy, String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, yy);
        cs.showText(s);
        cs.endText();
    }

    private static float width(PDFont font, float size, String s) throws IOException {
        return LineBreaks.width(font, size, s);
    }

    private static List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
        return LineBreaks.wrap(font, size, text, max);
    }
}
