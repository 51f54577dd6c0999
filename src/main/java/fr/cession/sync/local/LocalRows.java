package fr.cession.sync.local;

import fr.cession.sync.SyncedTables;
import fr.cession.sync.ValueCodec;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Generic read and write of a synchronised row of the local store, by column name and canonical text. */
final class LocalRows {

    private LocalRows() {
    }

    static Map<String, String> read(DSLContext tx, String name, UUID id) {
        Table<?> table = SyncedTables.table(name);
        Record r = tx.selectFrom(table).where(SyncedTables.id(table).eq(id)).fetchOne();
        return r == null ? null : ValueCodec.row(table, r);
    }

    /** Writes the row as given (every column), inserting or replacing it. */
    static void upsert(DSLContext tx, String name, UUID id, Map<String, String> values) {
        Table<?> table = SyncedTables.table(name);
        Map<Field<?>, Object> typed = ValueCodec.typed(table, values);
        int updated = tx.update(table).set(typed).where(SyncedTables.id(table).eq(id)).execute();
        if (updated == 0) {
            tx.insertInto(table).set(typed).execute();
        }
    }

    /** Fast path for an empty table (first sync): one JDBC batch of plain inserts. */
    static void insertAll(DSLContext tx, String name, List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Table<?> table = SyncedTables.table(name);
        Field<?>[] fields = table.fields();
        Object[] placeholders = new Object[fields.length];
        var batch = tx.batch(tx.insertInto(table).columns(fields).values(placeholders));
        for (Map<String, String> row : rows) {
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = ValueCodec.parse(fields[i], row.get(fields[i].getName()));
            }
            batch = batch.bind(values);
        }
        batch.execute();
    }
}
