package fr.cession.sync.local;

import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.sync.SyncedTables;
import fr.cession.sync.protocol.Cursor;
import fr.cession.sync.protocol.PullPage;
import fr.cession.sync.protocol.RemoteChange;
import fr.cession.sync.protocol.RowImage;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.SYNC_CHECKPOINT;

/**
 * Writes what was pulled from the central database into the local store: rows (with pending
 * local changes laid over them), the other sites' operations into the local history (origin
 * DISTANT, never pushed back), and the new cursor, all in one local transaction per page.
 */
public final class LocalApplier {

    private static final Set<String> AUDITED = Arrays.stream(EntityKind.values()).map(EntityKind::table)
            .collect(Collectors.toSet());

    private final DSLContext local;

    public LocalApplier(DSLContext local) {
        this.local = local;
    }

    public Checkpoint checkpoint() {
        var r = local.selectFrom(SYNC_CHECKPOINT).fetchSingle();
        UUID desktopId = r.getDesktopId();
        if (desktopId == null) {
            desktopId = UUID.randomUUID();
            local.update(SYNC_CHECKPOINT).set(SYNC_CHECKPOINT.DESKTOP_ID, desktopId)
                    .where(SYNC_CHECKPOINT.DESKTOP_ID.isNull()).execute();
            desktopId = local.select(SYNC_CHECKPOINT.DESKTOP_ID).from(SYNC_CHECKPOINT).fetchSingle().value1();
        }
        return new Checkpoint(desktopId, r.getSchemaVersion(), new Cursor(r.getCursorXid(), r.getCursorSeq()),
                r.getLastSyncAt() == null ? null : r.getLastSyncAt().toInstant());
    }

    public void applyPage(PullPage page, Instant now) {
        local.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            writeRows(tx, page.rows());
            recordHistory(tx, page.changes(), now);
            moveCursor(tx, page.next(), now, false);
        });
    }

    /** Replaces rows by their central state (after a refusal), keeping pending local changes on top. */
    public void refresh(List<RowImage> rows) {
        local.transaction(cfg -> writeRows(cfg.dsl(), rows));
    }

    public void markSynced(Instant now) {
        local.update(SYNC_CHECKPOINT).set(SYNC_CHECKPOINT.LAST_SYNC_AT, now.atOffset(ZoneOffset.UTC)).execute();
    }

    public SnapshotWriter snapshotWriter() {
        return new SnapshotWriter(local);
    }

    static void writeRows(DSLContext tx, List<RowImage> rows) {
        PendingOverlay overlay = PendingOverlay.of(tx, rows.stream().map(RowImage::id).toList());
        for (RowImage row : rows) {
            LocalRows.upsert(tx, row.table(), row.id(), overlay.apply(row.id(), row.values()));
        }
    }

    static void moveCursor(DSLContext tx, Cursor cursor, Instant now, boolean full) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        var update = tx.update(SYNC_CHECKPOINT).set(SYNC_CHECKPOINT.CURSOR_XID, cursor.xid())
                .set(SYNC_CHECKPOINT.CURSOR_SEQ, cursor.seq());
        (full ? update.set(SYNC_CHECKPOINT.LAST_FULL_SYNC_AT, at) : update).execute();
    }

    /** Other sites' operations join the order's history; this desktop's own come back and are skipped. */
    private static void recordHistory(DSLContext tx, List<RemoteChange> changes, Instant now) {
        List<RemoteChange> ops = changes.stream().filter(c -> c.opId() != null && AUDITED.contains(c.entity())).toList();
        if (ops.isEmpty()) {
            return;
        }
        Set<UUID> known = new HashSet<>(tx.select(CHANGE_OP.OP_ID).from(CHANGE_OP)
                .where(CHANGE_OP.OP_ID.in(ops.stream().map(RemoteChange::opId).toList())).fetch(CHANGE_OP.OP_ID));
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        for (RemoteChange c : ops) {
            if (!known.add(c.opId())) {
                continue;
            }
            tx.insertInto(CHANGE_OP).set(CHANGE_OP.OP_ID, c.opId()).set(CHANGE_OP.ENTITY, c.entity())
                    .set(CHANGE_OP.ENTITY_ID, c.entityId()).set(CHANGE_OP.ORDER_ID, c.orderId())
                    .set(CHANGE_OP.KIND, c.kind()).set(CHANGE_OP.BASE_VERSION, c.version() - 1)
                    .set(CHANGE_OP.NEW_VERSION, c.version()).set(CHANGE_OP.CHANGED_AT, c.changedAt().atOffset(ZoneOffset.UTC))
                    .set(CHANGE_OP.CHANGED_BY, c.changedBy()).set(CHANGE_OP.SITE, c.site())
                    .set(CHANGE_OP.ORIGIN, "DISTANT").set(CHANGE_OP.PUSHED_AT, at).execute();
            for (FieldChange f : c.fields()) {
                tx.insertInto(CHANGE_FIELD).set(CHANGE_FIELD.OP_ID, c.opId()).set(CHANGE_FIELD.FIELD, f.field())
                        .set(CHANGE_FIELD.OLD_VALUE, f.oldValue()).set(CHANGE_FIELD.NEW_VALUE, f.newValue()).execute();
            }
        }
    }
}
