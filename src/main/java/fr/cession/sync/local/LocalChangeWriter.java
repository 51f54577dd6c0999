package fr.cession.sync.local;

import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.sync.SyncedTables;
import fr.cession.sync.ValueCodec;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;

/**
 * Writes one local change of one row together with its change_op / change_field (audit and
 * outbox), in the caller's transaction. The store's repositories do the same for whole order
 * files; sync uses this for conflict resolutions, which change a single field.
 */
public final class LocalChangeWriter {

    private LocalChangeWriter() {
    }

    /** @return the operation id, or null when nothing changed */
    public static UUID write(DSLContext tx, String table, UUID id, UUID orderId, ChangeKind kind,
                             Map<String, String> values, String by, String site, Instant at) {
        Map<String, String> before = LocalRows.read(tx, table, id);
        if (kind == ChangeKind.CREATION && before != null) {
            throw new IllegalStateException("l'enregistrement existe déjà : " + table + " " + id);
        }
        if (kind != ChangeKind.CREATION && before == null) {
            throw new IllegalStateException("enregistrement introuvable : " + table + " " + id);
        }
        Map<String, String> after = before == null ? new LinkedHashMap<>() : new LinkedHashMap<>(before);
        List<FieldChange> fields = new ArrayList<>();
        Map<String, String> changes = new LinkedHashMap<>(values);
        if (kind == ChangeKind.SUPPRESSION) {
            changes.put("deleted", "true");
        }
        var columns = SyncedTables.table(table);
        changes.forEach((field, raw) -> {
            // canonical text, so "500" and "500.00" are the same value everywhere
            String value = ValueCodec.format(ValueCodec.parse(columns.field(field), raw));
            String old = before == null ? null : before.get(field);
            if (before == null || !Objects.equals(old, value)) {
                fields.add(new FieldChange(field, old, value));
                after.put(field, value);
            }
        });
        if (fields.isEmpty()) {
            return null;
        }
        long base = before == null ? 0 : Long.parseLong(before.get("version"));
        after.put("id", id.toString());
        after.put("version", Long.toString(base + 1));
        after.put("modified_at", at.toString());
        after.put("modified_by", by);
        after.put("modified_site", site);
        after.putIfAbsent("deleted", "false");
        LocalRows.upsert(tx, table, id, after);
        UUID opId = UUID.randomUUID();
        tx.insertInto(CHANGE_OP).set(CHANGE_OP.OP_ID, opId).set(CHANGE_OP.ENTITY, table).set(CHANGE_OP.ENTITY_ID, id)
                .set(CHANGE_OP.ORDER_ID, orderId).set(CHANGE_OP.KIND, kind.name()).set(CHANGE_OP.BASE_VERSION, base)
                .set(CHANGE_OP.NEW_VERSION, base + 1).set(CHANGE_OP.CHANGED_AT, at.atOffset(ZoneOffset.UTC))
                .set(CHANGE_OP.CHANGED_BY, by).set(CHANGE_OP.SITE, site).set(CHANGE_OP.ORIGIN, "LOCAL").execute();
        for (FieldChange f : fields) {
            tx.insertInto(CHANGE_FIELD).set(CHANGE_FIELD.OP_ID, opId).set(CHANGE_FIELD.FIELD, f.field())
                    .set(CHANGE_FIELD.OLD_VALUE, f.oldValue()).set(CHANGE_FIELD.NEW_VALUE, f.newValue()).execute();
        }
        return opId;
    }
}
