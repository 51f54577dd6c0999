package fr.cession.sync.tables;

import fr.cession.store.FieldCodec;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whole rows (bookkeeping columns included) as maps of canonical text, the form rows travel in
 * between desktops and the central database. Each value goes through the store's
 * {@link FieldCodec}, typed by the jOOQ field, so one text means the same value on H2 and on
 * PostgreSQL.
 */
public final class ValueCodec {

    private ValueCodec() {
    }

    /** Every column of a record, by name, as canonical text. */
    public static Map<String, String> row(Table<?> table, Record r) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field<?> f : table.fields()) {
            values.put(f.getName(), FieldCodec.toText(r.get(f.getName())));
        }
        return values;
    }

    /** Typed values for the given columns of a table, ready for an insert or update. */
    public static Map<Field<?>, Object> typed(Table<?> table, Map<String, String> values) {
        Map<Field<?>, Object> typed = new LinkedHashMap<>();
        values.forEach((name, text) -> {
            Field<?> f = table.field(name);
            if (f == null) {
                throw new IllegalArgumentException("colonne inconnue " + table.getName() + "." + name);
            }
            typed.put(f, FieldCodec.toValue(f, text));
        });
        return typed;
    }
}
