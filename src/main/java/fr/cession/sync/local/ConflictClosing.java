package fr.cession.sync.local;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.store.FieldCodec;
import fr.cession.store.RowWriter;
import fr.cession.store.changelog.ChangeLogWriter;
import fr.cession.store.changelog.Origin;
import fr.cession.store.schema.tables.records.SyncConflictRecord;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.sync.tables.SyncedTables;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import static fr.cession.store.schema.Tables.SYNC_CONFLICT;

/**
 * Writes a conflict's resolution, in the caller's transaction, as two operations: the chosen
 * value is an ordinary change of the entity (store's {@link RowWriter} + change log, so the
 * order's history shows it like any edit), and the conflict's closing is an operation on
 * {@code sync_conflict}, queued in the synchronisation's own outbox.
 */
public final class ConflictClosing {

    private final RowWriter rows = new RowWriter();
    private final ChangeLogWriter log = new ChangeLogWriter();
    private final Supplier<UUID> ids;

    public ConflictClosing(Supplier<UUID> ids) {
        this.ids = ids;
    }

    public void close(DSLContext tx, SyncConflictRecord c, String chosen, String by, String site, Instant at) {
        EntityKind kind = kindOf(c.getEntity());
        long version = rows.versionOf(tx, kind, c.getEntityId()).orElseThrow(() -> new IllegalStateException(
                "L'enregistrement en conflit n'existe pas sur ce poste : " + c.getEntity() + " " + c.getEntityId()));
        String current = rows.fieldsOf(tx, kind, c.getEntityId()).orElseThrow().get(c.getField());
        Change value = rows.normalize(new Change(ids.get(), kind, c.getEntityId(), c.getOrderId(),
                ChangeKind.MODIFICATION, version, version + 1, at, by, site,
                List.of(new FieldChange(c.getField(), current, chosen))));
        if (!value.fields().isEmpty()) {
            if (!rows.apply(tx, value)) {
                throw new IllegalStateException("La fiche a changé pendant la résolution du conflit : réessayez.");
            }
            log.write(tx, value, Origin.LOCAL, null);
        }
        String canonical = value.fields().isEmpty() ? current : value.fields().get(0).newValue();
        closeConflict(tx, c, canonical, by, site, at);
    }

    private void closeConflict(DSLContext tx, SyncConflictRecord c, String chosen, String by, String site, Instant at) {
        Map<String, String> after = new LinkedHashMap<>();
        after.put("status", "RESOLU");
        after.put("resolved_value", chosen);
        after.put("resolved_by", by);
        after.put("resolved_site", site);
        after.put("resolved_at", FieldCodec.normalize(SYNC_CONFLICT.RESOLVED_AT, at.toString()));
        List<FieldChange> fields = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = FieldCodec.toText(c.get(field));
            if (!Objects.equals(old, value)) {
                fields.add(new FieldChange(field, old, value));
            }
        });
        long version = c.getVersion();
        Map<String, String> bookkeeping = new LinkedHashMap<>(after);
        bookkeeping.put("version", Long.toString(version + 1));
        bookkeeping.put("modified_at", after.get("resolved_at"));
        bookkeeping.put("modified_by", by);
        bookkeeping.put("modified_site", site);
        LocalRows.upsert(tx, SyncedTables.CONFLICT, c.getId(), bookkeeping);
        Outbox.queueOwn(tx, new OutgoingOp(ids.get(), SyncedTables.CONFLICT, c.getId(), c.getOrderId(),
                ChangeKind.MODIFICATION, version, at, by, site, fields));
    }

    public static EntityKind kindOf(String table) {
        return Arrays.stream(EntityKind.values()).filter(k -> k.table().equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Type d'enregistrement inconnu : " + table));
    }
}
