package fr.cession.sync.local;

import fr.cession.store.FieldCodec;
import fr.cession.store.JdbcBatch;
import fr.cession.sync.tables.SyncedTables;
import fr.cession.sync.tables.ValueCodec;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes whole pulled rows (central images, bookkeeping included) into the local store. The
 * store's {@code RowWriter} applies changes made from a version; a pulled image is not a change
 * but the central state itself, version and deletion flag included, and the sync tables
 * ({@code sync_conflict}) are no entity of the store: hence this small writer.
 */
final class LocalRows {

    private LocalRows() {
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

    /**
     * Locks the local rows about to be replaced, so that a user's save cannot commit between
     * reading the pending changes laid over them and writing them (it waits for this transaction,
     * then finds the row at a new version and asks for a reload).
     */
    static void lock(DSLContext tx, String name, Collection<UUID> ids) {
        Table<?> table = SyncedTables.table(name);
        tx.select(SyncedTables.id(table)).from(table).where(SyncedTables.id(table).in(ids)).forUpdate().fetch();
    }

    /** Fast path for an empty table (first sync): one JDBC batch of plain inserts. */
    static void insertAll(DSLContext tx, String name, List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Table<?> table = SyncedTables.table(name);
        Field<?>[] fields = table.fields();
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (Map<String, String> row : rows) {
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = FieldCodec.toValue(fields[i], row.get(fields[i].getName()));
            }
            batch.add(values);
        }
        JdbcBatch.insert(tx, tx.insertInto(table, fields).values(new Object[fields.length]), batch);
    }
}
