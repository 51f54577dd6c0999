package fr.cession.store;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies {@link Change}s to the rows of the synchronised tables, generically: a field change
 * names its column and carries canonical text, converted here with the column's type. Used for
 * the changes made on this desktop and for those pulled from the central database. Every method
 * works in the caller's transaction ({@code tx}).
 */
public final class RowWriter {

    /**
     * The same change with its values as the columns keep them (see {@link FieldCodec}); a field
     * whose old and new value become equal is dropped.
     */
    public Change normalize(Change c) {
        Table<?> table = EntityTables.table(c.entity());
        List<FieldChange> fields = new ArrayList<>(c.fields().size());
        for (FieldChange fc : c.fields()) {
            Field<?> f = EntityTables.field(table, fc.field());
            String old = FieldCodec.normalize(f, fc.oldValue());
            String neu = FieldCodec.normalize(f, fc.newValue());
            if (c.kind() != ChangeKind.MODIFICATION || !Objects.equals(old, neu)) {
                fields.add(new FieldChange(fc.field(), old, neu));
            }
        }
        return new Change(c.opId(), c.entity(), c.entityId(), c.orderId(), c.kind(), c.baseVersion(),
                c.newVersion(), c.at(), c.by(), c.site(), fields);
    }

    /**
     * Applies a change made from the row's {@code baseVersion}: a creation inserts the row, a
     * modification or deletion updates it only if it is still at that version.
     *
     * @return false when the row is not at the change's base version (someone else changed it)
     */
    public boolean apply(DSLContext tx, Change c) {
        if (c.kind() == ChangeKind.CREATION) {
            insert(tx, c);
            return true;
        }
        Table<?> table = EntityTables.table(c.entity());
        return tx.update(table).set(updateValues(table, c))
                .where(EntityTables.id(table).eq(c.entityId()))
                .and(EntityTables.version(table).eq(c.baseVersion()))
                .execute() == 1;
    }

    /**
     * Writes a change whatever version the row is at (a change the central database has already
     * ordered): updates the row when it exists, inserts it otherwise.
     */
    public void force(DSLContext tx, Change c) {
        Table<?> table = EntityTables.table(c.entity());
        int updated = tx.update(table).set(updateValues(table, c))
                .where(EntityTables.id(table).eq(c.entityId())).execute();
        if (updated == 0) {
            insert(tx, c);
        }
    }

    /** Inserts the row of a creation: its fields, the change's version and bookkeeping. */
    public void insert(DSLContext tx, Change c) {
        Table<?> table = EntityTables.table(c.entity());
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(EntityTables.id(table), c.entityId());
        for (FieldChange fc : c.fields()) {
            Field<?> f = EntityTables.field(table, fc.field());
            values.put(f, FieldCodec.toValue(f, fc.newValue()));
        }
        putBookkeeping(values, table, c);
        tx.insertInto(table).set(values).execute();
    }

    /**
     * Inserts many creations with one prepared statement per table (JDBC batches): the fast
     * path for imports and demo data. Rows go in table order so foreign keys hold.
     */
    public void insertAll(DSLContext tx, List<Change> creations) {
        Map<EntityKind, List<Change>> byKind = new EnumMap<>(EntityKind.class);
        for (Change c : creations) {
            if (c.kind() != ChangeKind.CREATION) {
                throw new IllegalArgumentException("Seules des créations peuvent être insérées en lot : " + c.kind());
            }
            byKind.computeIfAbsent(c.entity(), k -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<EntityKind, List<Change>> e : byKind.entrySet()) {
            Table<?> table = EntityTables.table(e.getKey());
            Field<?>[] columns = table.fields();
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                index.put(columns[i].getName(), i);
            }
            List<Object[]> batch = new ArrayList<>(e.getValue().size());
            for (Change c : e.getValue()) {
                Object[] row = new Object[columns.length];
                row[index.get(EntityTables.ID)] = c.entityId();
                for (FieldChange fc : c.fields()) {
                    Integer i = index.get(fc.field());
                    if (i == null || EntityTables.isBookkeeping(fc.field())) {
                        throw new IllegalArgumentException("Champ inconnu « " + fc.field() + " » pour la table "
                                + table.getName());
                    }
                    row[i] = FieldCodec.toValue(columns[i], fc.newValue());
                }
                row[index.get(EntityTables.VERSION)] = c.newVersion();
                row[index.get(EntityTables.MODIFIED_AT)] = c.at().atOffset(ZoneOffset.UTC);
                row[index.get(EntityTables.MODIFIED_BY)] = c.by();
                row[index.get(EntityTables.MODIFIED_SITE)] = c.site();
                row[index.get(EntityTables.DELETED)] = false;
                fillDefaults(columns, row);
                batch.add(row);
            }
            JdbcBatch.insert(tx, tx.insertInto(table, columns).values(new Object[columns.length]), batch);
        }
    }

    /** The version the row is at, or empty when there is no such row (deleted rows included). */
    public Optional<Long> versionOf(DSLContext tx, EntityKind kind, UUID id) {
        Table<?> table = EntityTables.table(kind);
        return tx.select(EntityTables.version(table)).from(table).where(EntityTables.id(table).eq(id))
                .fetchOptional(EntityTables.version(table));
    }

    /** The row's entity fields as canonical text, or empty when there is no such row. */
    public Optional<Map<String, String>> fieldsOf(DSLContext tx, EntityKind kind, UUID id) {
        Table<?> table = EntityTables.table(kind);
        Optional<? extends Record> r = tx.selectFrom(table).where(EntityTables.id(table).eq(id)).fetchOptional();
        return r.map(rec -> EntityTables.fieldsOf(rec, table));
    }

    private static Map<Field<?>, Object> updateValues(Table<?> table, Change c) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        if (c.kind() != ChangeKind.SUPPRESSION) {
            for (FieldChange fc : c.fields()) {
                Field<?> f = EntityTables.field(table, fc.field());
                values.put(f, FieldCodec.toValue(f, fc.newValue()));
            }
        }
        putBookkeeping(values, table, c);
        return values;
    }

    private static void putBookkeeping(Map<Field<?>, Object> values, Table<?> table, Change c) {
        values.put(EntityTables.version(table), c.newVersion());
        values.put(table.field(EntityTables.MODIFIED_AT), c.at().atOffset(ZoneOffset.UTC));
        values.put(table.field(EntityTables.MODIFIED_BY), c.by());
        values.put(table.field(EntityTables.MODIFIED_SITE), c.site());
        values.put(EntityTables.deleted(table), c.kind() == ChangeKind.SUPPRESSION);
    }

    // A creation omits fields that are null; NOT NULL columns with a default (flags) get it here.
    private static void fillDefaults(Field<?>[] columns, Object[] row) {
        for (int i = 0; i < columns.length; i++) {
            if (row[i] == null && !columns[i].getDataType().nullable() && columns[i].getType() == Boolean.class) {
                row[i] = Boolean.FALSE;
            }
        }
    }
}
