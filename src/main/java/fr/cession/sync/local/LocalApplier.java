package fr.cession.sync.local;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.store.changelog.ChangeLog;
import fr.cession.store.changelog.ChangeLogWriter;
import fr.cession.store.changelog.Origin;
import fr.cession.sync.protocol.Cursor;
import fr.cession.sync.protocol.PullPage;
import fr.cession.sync.protocol.RemoteChange;
import fr.cession.sync.protocol.RowImage;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static fr.cession.store.schema.Tables.SYNC_CHECKPOINT;

/**
 * Writes what was pulled from the central database into the local store: rows (with pending
 * local changes laid over them), the other sites' operations into the local history (origin
 * DISTANT, never pushed back), and the new cursor, all in one local transaction per page.
 */
public final class LocalApplier {

    private static final Map<String, EntityKind> AUDITED = Arrays.stream(EntityKind.values())
            .collect(Collectors.toMap(EntityKind::table, k -> k));

    private final DSLContext local;
    private final ChangeLog log;
    private final ChangeLogWriter history = new ChangeLogWriter();

    public LocalApplier(DSLContext local) {
        this.local = local;
        this.log = new ChangeLog(local);
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

    /** @return how many of the page's rows this store could not take (kept to be tried again) */
    public int applyPage(PullPage page, Instant now) {
        return local.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int blocked = writeRows(tx, page.rows());
            recordHistory(tx, page.changes(), now);
            moveCursor(tx, page.next(), now, false);
            return blocked;
        });
    }

    /** Replaces rows by their central state (after a refusal), keeping pending local changes on top. */
    public int refresh(List<RowImage> rows) {
        return local.transactionResult(cfg -> writeRows(cfg.dsl(), parentsFirst(rows)));
    }

    private static List<RowImage> parentsFirst(List<RowImage> rows) {
        List<RowImage> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparingInt(r -> fr.cession.sync.tables.SyncedTables.ALL.indexOf(r.table())));
        return sorted;
    }

    public Instant lastSyncAt() {
        OffsetDateTime at = local.select(SYNC_CHECKPOINT.LAST_SYNC_AT).from(SYNC_CHECKPOINT).fetchSingle().value1();
        return at == null ? null : at.toInstant();
    }

    /** When this desktop last ran the central retention purge, or null. */
    public Instant lastPurgeAt() {
        OffsetDateTime at = local.select(SYNC_CHECKPOINT.LAST_PURGE_AT).from(SYNC_CHECKPOINT).fetchSingle().value1();
        return at == null ? null : at.toInstant();
    }

    public void markPurged(Instant now) {
        local.update(SYNC_CHECKPOINT).set(SYNC_CHECKPOINT.LAST_PURGE_AT, now.atOffset(ZoneOffset.UTC)).execute();
    }

    public void markSynced(Instant now) {
        local.update(SYNC_CHECKPOINT).set(SYNC_CHECKPOINT.LAST_SYNC_AT, now.atOffset(ZoneOffset.UTC)).execute();
    }

    public SnapshotWriter snapshotWriter() {
        return new SnapshotWriter(local);
    }

    /**
     * Writes pulled rows, each in its own savepoint: a row this store cannot take (a local unique
     * key, a constraint) is rolled back alone, kept in {@code sync_blocked_row} to be tried again
     * at the next sync, and shown with the refusals; the others are written.
     *
     * @return how many rows were blocked
     */
    static int writeRows(DSLContext tx, List<RowImage> rows) {
        Map<String, List<UUID>> byTable = new LinkedHashMap<>();
        rows.forEach(r -> byTable.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(r.id()));
        byTable.forEach((table, ids) -> LocalRows.lock(tx, table, ids));
        PendingOverlay overlay = PendingOverlay.of(tx, rows.stream().map(RowImage::id).toList());
        int blocked = 0;
        for (RowImage row : rows) {
            try {
                tx.transaction(sp -> LocalRows.upsert(sp.dsl(), row.table(), row.id(), overlay.apply(row.id(), row.values())));
                BlockedRows.cleared(tx, row.id());
            } catch (DataAccessException e) {
                if (!BlockedRows.isDataError(e)) {
                    throw e;
                }
                BlockedRows.record(tx, row, e);
                blocked++;
            }
        }
        return blocked;
    }

    static void moveCursor(DSLContext tx, Cursor cursor, Instant now, boolean full) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        var update = tx.update(SYNC_CHECKPOINT).set(SYNC_CHECKPOINT.CURSOR_XID, cursor.xid())
                .set(SYNC_CHECKPOINT.CURSOR_SEQ, cursor.seq());
        (full ? update.set(SYNC_CHECKPOINT.LAST_FULL_SYNC_AT, at) : update).execute();
    }

    /** Other sites' operations join the order's history; this desktop's own come back and are skipped. */
    private void recordHistory(DSLContext tx, List<RemoteChange> changes, Instant now) {
        List<Change> news = new ArrayList<>();
        for (RemoteChange c : changes) {
            if (c.opId() == null || !AUDITED.containsKey(c.entity()) || log.contains(tx, c.opId())) {
                continue;
            }
            news.add(new Change(c.opId(), AUDITED.get(c.entity()), c.entityId(), c.orderId(),
                    ChangeKind.valueOf(c.kind()), c.version() - 1, c.version(), c.changedAt(), c.changedBy(), c.site(),
                    c.fields()));
        }
        history.writeAll(tx, news, Origin.DISTANT, now);
    }
}
