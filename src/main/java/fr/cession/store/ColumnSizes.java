package fr.cession.store;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * The sizes of the local store's columns, read from the jOOQ classes generated from the
 * migrations, so input can be checked against them before it reaches the database (an import
 * row too long for a column is reported, not sent to H2 to fail there).
 */
public final class ColumnSizes {

    /**
     * @param length    characters a text column holds (0: not a text column with a length)
     * @param precision digits a decimal column holds (0: not a decimal)
     * @param scale     decimals a decimal column keeps
     * @param integer   a 32-bit integer column
     */
    public record Size(int length, int precision, int scale, boolean integer) {

        /** Digits allowed before the decimal point, for a decimal column. */
        public int integerDigits() {
            return precision - scale;
        }
    }

    private final Map<String, Size> sizes;

    private ColumnSizes(Map<String, Size> sizes) {
        this.sizes = Map.copyOf(sizes);
    }

    /** The columns of {@code sales_order}, by column name. */
    public static ColumnSizes salesOrder() {
        return of(SALES_ORDER);
    }

    static ColumnSizes of(Table<?> table) {
        Map<String, Size> out = new LinkedHashMap<>();
        for (Field<?> f : table.fields()) {
            DataType<?> type = f.getDataType();
            boolean integer = type.getType() == Integer.class;
            int length = type.hasLength() ? type.length() : 0;
            int precision = type.isNumeric() && type.hasPrecision() && type.hasScale() ? type.precision() : 0;
            int scale = precision > 0 ? type.scale() : 0;
            out.put(f.getName(), new Size(length, precision, scale, integer));
        }
        return new ColumnSizes(out);
    }

    public Optional<Size> of(String column) {
        return Optional.ofNullable(sizes.get(column));
    }
}
