package fr.cession.sync.local;

import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;

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
        var pendingOps = CHANGE_OP.PUSHED_AT.isNull().and(CHANGE_OP.ORIGIN.eq("LOCAL"));
        if (!tx.fetchExists(CHANGE_OP, pendingOps)) {
            return overlay;
        }
        tx.select(CHANGE_OP.ENTITY_ID, CHANGE_OP.KIND, CHANGE_FIELD.FIELD, CHANGE_FIELD.NEW_VALUE)
                .from(CHANGE_OP).leftJoin(CHANGE_FIELD).on(CHANGE_FIELD.OP_ID.eq(CHANGE_OP.OP_ID))
                .where(pendingOps).and(CHANGE_OP.ENTITY_ID.in(entityIds))
                .orderBy(CHANGE_OP.LOCAL_SEQ)
                .forEach(r -> {
                    Map<String, String> fields = overlay.byEntity.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>());
                    if (r.value3() != null) {
                        fields.put(r.value3(), r.value4());
                    }
                    if ("SUPPRESSION".equals(r.value2())) {
                        fields.put("deleted", "true");
                    }
                });
        return overlay;
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
