package fr.cession.store.changelog;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.FieldChange;
import fr.cession.store.JdbcBatch;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;

/**
 * Writes changes to {@code change_op} / {@code change_field}, in the caller's transaction. A
 * creation's fields go in its {@code change_op} row ({@link CreatedFields}); a change to an existing
 * row has one {@code change_field} row per field, with its old value.
 */
public final class ChangeLogWriter {

    /** @param pushedAt null for a local change still to send; set for one the central database has */
    public void write(DSLContext tx, Change c, Origin origin, Instant pushedAt) {
        writeAll(tx, List.of(c), origin, pushedAt);
    }

    /** Writes many changes with one batch per table; their log order is the list's. */
    public void writeAll(DSLContext tx, List<Change> changes, Origin origin, Instant pushedAt) {
        if (changes.isEmpty()) {
            return;
        }
        OffsetDateTime pushed = pushedAt == null ? null : pushedAt.atOffset(ZoneOffset.UTC);
        var opInsert = tx.insertInto(CHANGE_OP, CHANGE_OP.OP_ID, CHANGE_OP.ENTITY, CHANGE_OP.ENTITY_ID,
                        CHANGE_OP.ORDER_ID, CHANGE_OP.KIND, CHANGE_OP.BASE_VERSION, CHANGE_OP.NEW_VERSION,
                        CHANGE_OP.CHANGED_AT, CHANGE_OP.CHANGED_BY, CHANGE_OP.SITE, CHANGE_OP.ORIGIN, CHANGE_OP.PUSHED_AT,
                        CHANGE_OP.CREATED_FIELDS)
                .values((UUID) null, null, null, null, null, null, null, null, null, null, null, null, null);
        var fieldInsert = tx.insertInto(CHANGE_FIELD, CHANGE_FIELD.OP_ID, CHANGE_FIELD.FIELD,
                CHANGE_FIELD.OLD_VALUE, CHANGE_FIELD.NEW_VALUE).values((UUID) null, null, null, null);
        List<Object[]> ops = new ArrayList<>(changes.size());
        List<Object[]> fields = new ArrayList<>(changes.size() * 8);
        for (Change c : changes) {
            String[] created = CreatedFields.encode(c);
            ops.add(new Object[] {c.opId(), c.entity().name(), c.entityId(), c.orderId(), c.kind().name(),
                    c.baseVersion(), c.newVersion(), c.at().atOffset(ZoneOffset.UTC), c.by(), c.site(), origin.name(),
                    pushed, created});
            if (created == null) {
                for (FieldChange f : c.fields()) {
                    fields.add(new Object[] {c.opId(), f.field(), f.oldValue(), f.newValue()});
                }
            }
        }
        JdbcBatch.insert(tx, opInsert, ops);
        JdbcBatch.insert(tx, fieldInsert, fields);
    }
}
