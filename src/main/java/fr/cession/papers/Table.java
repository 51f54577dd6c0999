package fr.cession.papers;

import java.util.List;

/**
 * A list as a screen shows it, to export: its column titles and its rows. A cell is a
 * {@link String} (written as text, never as a formula), a {@link java.math.BigDecimal} amount in
 * euros, a {@link java.time.LocalDate} or {@link java.time.LocalDateTime}, an {@link Integer}, or null.
 */
public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        for (List<Object> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException("row of " + r.size() + " cells under " + headers.size() + " headers");
            }
        }
    }
}
