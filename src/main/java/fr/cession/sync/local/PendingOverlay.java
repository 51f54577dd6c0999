package fr.cession.sync.local;

import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.SYNC_OUTBOX;
import static fr.cession.store.schema.Tables.SYNC_OUTBOX_FIELD;

/**
 * The values of local changes not yet pushed, per row. A pulled row is written with these laid
 * over it (a rebase), so pulling never undoes what the user did offline; the push that follows
 * merges them centrally.
 */
final class PendingOverlay {

    private final Map<UUID, Map<String, String>> byEntity = new HashMap<>();

    private PendingOverlay() {
    }

    static PendingOverlay of(DSLContext tx, Collection<UUID> entityIds) {
        PendingOverlay overlay = new PendingOverlay();
        if (entityIds.isEmpty()) {
            return overlay;
        }
        if (tx.fetchExists(CHANGE_OP, CHANGE_OP.PUSHED_AT.isNull())) {
            tx.select(CHANGE_OP.ENTITY_ID, CHANGE_OP.KIND, CHANGE_FIELD.FIELD, CHANGE_FIELD.NEW_VALUE,
                            CHANGE_OP.CREATED_FIELDS)
                    .from(CHANGE_OP).leftJoin(CHANGE_FIELD).on(CHANGE_FIELD.OP_ID.eq(CHANGE_OP.OP_ID))
                    .where(CHANGE_OP.PUSHED_AT.isNull()).and(CHANGE_OP.ENTITY_ID.in(entityIds))
                    .orderBy(CHANGE_OP.LOCAL_SEQ)
                    .forEach(r -> {
                        overlay.add(r.value1(), r.value2(), r.value3(), r.value4());
                        // A creation's fields are in its own row (change_op.created_fields, name and value in turn).
                        String[] created = r.value5();
                        for (int i = 0; created != null && i + 1 < created.length; i += 2) {
                            overlay.add(r.value1(), r.value2(), created[i], created[i + 1]);
                        }
                    });
        }
        if (tx.fetchExists(SYNC_OUTBOX, SYNC_OUTBOX.PUSHED_AT.isNull())) {
            tx.select(SYNC_OUTBOX.ENTITY_ID, SYNC_OUTBOX.KIND, SYNC_OUTBOX_FIELD.FIELD, SYNC_OUTBOX_FIELD.NEW_VALUE)
                    .from(SYNC_OUTBOX).leftJoin(SYNC_OUTBOX_FIELD).on(SYNC_OUTBOX_FIELD.OP_ID.eq(SYNC_OUTBOX.OP_ID))
                    .where(SYNC_OUTBOX.PUSHED_AT.isNull()).and(SYNC_OUTBOX.ENTITY_ID.in(entityIds))
                    .orderBy(SYNC_OUTBOX.LOCAL_SEQ)
                    .forEach(r -> overlay.add(r.value1(), r.value2(), r.value3(), r.value4()));
        }
        return overlay;
    }

    private void add(UUID entityId, String kind, String field, String value) {
        Map<String, String> fields = byEntity.computeIfAbsent(entityId, k -> new LinkedHashMap<>());
        if (field != null) {
            fields.put(field, value);
        }
        if ("SUPPRESSION".equals(kind)) {
            fields.put("deleted", "true");
        }
    }

    Map<String, String> apply(UUID id, Map<String, String> centralRow) {
        Map<String, String> pending = byEntity.get(id);
        if (pending == null) {
            return centralRow;
        }
        Map<String, String> row = new LinkedHashMap<>(centralRow);
        row.putAll(pending);
        return row;
    }

    boolean has(UUID id) {
        return byEntity.containsKey(id);
    }
}
