package fr.cession.store.changelog;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.store.EntityTables;
import fr.cession.store.schema.tables.records.ChangeFieldRecord;
import fr.cession.store.schema.tables.records.ChangeOpRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;

/**
 * Reads changes back from the log, in log order ({@code local_seq}), with their field changes:
 * those of {@code change_field} and, for a creation, those of its own row.
 */
public final class ChangeLogReader {

    private static final int IDS_PER_QUERY = 500;

    public List<Change> read(DSLContext ctx, Condition which, int limit) {
        List<ChangeOpRecord> ops = ctx.selectFrom(CHANGE_OP).where(which).orderBy(CHANGE_OP.LOCAL_SEQ)
                .limit(limit).fetch();
        Map<UUID, List<FieldChange>> fields = fieldsOf(ctx, ops.stream().map(ChangeOpRecord::getOpId).toList());
        List<Change> out = new ArrayList<>(ops.size());
        for (ChangeOpRecord op : ops) {
            EntityKind entity = EntityKind.valueOf(op.getEntity());
            List<FieldChange> f = new ArrayList<>(fields.getOrDefault(op.getOpId(), List.of()));
            f.addAll(CreatedFields.decode(op.getCreatedFields()));
            f.sort(inColumnOrder(EntityTables.table(entity)));
            out.add(new Change(op.getOpId(), entity, op.getEntityId(), op.getOrderId(),
                    ChangeKind.valueOf(op.getKind()), op.getBaseVersion(), op.getNewVersion(),
                    op.getChangedAt().toInstant(), op.getChangedBy(), op.getSite(), f));
        }
        return out;
    }

    private static Map<UUID, List<FieldChange>> fieldsOf(DSLContext ctx, List<UUID> opIds) {
        Map<UUID, List<FieldChange>> out = new HashMap<>();
        for (int from = 0; from < opIds.size(); from += IDS_PER_QUERY) {
            List<UUID> slice = opIds.subList(from, Math.min(opIds.size(), from + IDS_PER_QUERY));
            for (ChangeFieldRecord r : ctx.selectFrom(CHANGE_FIELD).where(CHANGE_FIELD.OP_ID.in(slice)).fetch()) {
                out.computeIfAbsent(r.getOpId(), k -> new ArrayList<>())
                        .add(new FieldChange(r.getField(), r.getOldValue(), r.getNewValue()));
            }
        }
        return out;
    }

    // The log keeps no field order; the table's column order reads naturally in a history view.
    private static Comparator<FieldChange> inColumnOrder(Table<?> table) {
        return Comparator.comparingInt((FieldChange f) -> {
            int i = table.indexOf(f.field());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(FieldChange::field);
    }
}
