package fr.cession.cli.imports;

import fr.cession.domain.order.Order;

import java.util.List;

/**
 * One data row of the CSV file: either an order draft ready for the workflow, or the reasons
 * it cannot be read.
 *
 * @param line the line in the file (the header is line 1)
 */
public record CsvRow(long line, String number, Order draft, List<RowError> errors) {

    public CsvRow {
        errors = List.copyOf(errors);
    }

    public boolean readable() {
        return draft != null && errors.isEmpty();
    }

    /** @param column the header of the column concerned, or null for the whole row */
    public record RowError(String column, String message) {

        @Override
        public String toString() {
            return column == null ? message : "colonne « " + column + " » : " + message;
        }
    }
}
