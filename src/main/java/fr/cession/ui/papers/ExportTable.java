package fr.cession.ui.papers;

import java.util.List;

/**
 * A list as a screen shows it: its column titles and rows. A cell is text, a {@link java.math.BigDecimal}
 * amount in euros, a {@link java.time.LocalDate} or {@link java.time.LocalDateTime}, an Integer, or null.
 */
public record ExportTable(String sheetName, List<String> headers, List<List<Object>> rows) {
}
