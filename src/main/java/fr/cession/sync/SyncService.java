package fr.cession.sync;

import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.central.CentralMaintenance;
import fr.cession.sync.central.PullReader;
import fr.cession.sync.central.PushApplier;
import fr.cession.sync.local.Checkpoint;
import fr.cession.sync.local.LocalApplier;
import fr.cession.sync.local.Outbox;
import fr.cession.sync.local.SnapshotWriter;
import fr.cession.sync.protocol.Cursor;
import fr.cession.sync.protocol.OpOutcome;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.sync.protocol.PullPage;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SYNC_CONFLICT;
import static fr.cession.store.schema.Tables.SYNC_REFUSAL;

/**
 * One synchronisation of this desktop with the central database: push the outbox in batches
 * (exactly once), then pull what changed since the checkpoint (or a full snapshot when the
 * checkpoint is older than the central retention). Runs one at a time.
 */
public final class SyncService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final int PULL_PAGE = 1000;
    private static final Duration PURGE_EVERY = Duration.ofDays(1);

    private final DSLContext local;
    private final CentralDatabase central;
    private final String site;
    private final int batchSize;
    private final Clock clock;
    private final SyncState state;
    private final Outbox outbox;
    private final LocalApplier applier;
    private final Object oneAtATime = new Object();
    private volatile boolean heldBack;

    /** Local-only: every call says so and changes nothing. */
    public static SyncService localOnly(DSLContext local, Clock clock) {
        return new SyncService(local, null, "local", 1, clock);
    }

    public SyncService(DSLContext local, CentralDatabase central, String site, int batchSize, Clock clock) {
        this.local = local;
        this.site = site;
        this.central = central;
        this.batchSize = batchSize;
        this.clock = clock;
        this.state = new SyncState(central == null ? SyncStatus.LOCAL_ONLY : SyncStatus.HORS_LIGNE);
        this.outbox = new Outbox(local);
        this.applier = new LocalApplier(local);
    }

    public SyncState state() {
        return state;
    }

    public boolean enabled() {
        return central != null;
    }

    public UUID desktopId() {
        return applier.checkpoint().desktopId();
    }

    /** True when the last pull saw changes held back behind a still-running central transaction. */
    public boolean heldBack() {
        return heldBack;
    }

    public SyncReport runOnce() {
        synchronized (oneAtATime) {
            if (central == null) {
                publish(SyncStatus.LOCAL_ONLY, null, "la synchronisation est désactivée");
                return SyncReport.failed(SyncStatus.LOCAL_ONLY,
                        "Aucune base centrale configurée (config/central.properties) : fonctionnement local uniquement.");
            }
            Checkpoint cp = applier.checkpoint();
            try {
                return exchange(cp);
            } catch (DataAccessException e) {
                if (!isConnectivity(e)) {
                    LOG.error("Échec de la synchronisation", e);
                    publish(state.current().status(), state.current().offlineSince(), "échec de la synchronisation");
                    return SyncReport.failed(state.current().status(), "Échec de la synchronisation : " + e.getMessage());
                }
                LOG.info("Base centrale injoignable : {}", e.getMessage());
                Instant since = state.current().offlineSince() != null ? state.current().offlineSince() : clock.instant();
                publish(SyncStatus.HORS_LIGNE, since, "base centrale injoignable");
                return SyncReport.failed(SyncStatus.HORS_LIGNE, "Base centrale injoignable : " + e.getMessage());
            }
        }
    }

    private SyncReport exchange(Checkpoint cp) {
        PullReader reader = new PullReader(central);
        CentralMaintenance maintenance = new CentralMaintenance(central);
        PullReader.Info info = reader.info();
        if (info.schemaVersion() != cp.schemaVersion()) {
            String why = "Synchronisation refusée : le schéma de données de ce poste (version " + cp.schemaVersion()
                    + ") diffère de celui de la base centrale (version " + info.schemaVersion()
                    + "). Mettez l'application à jour avant de synchroniser.";
            maintenance.desktopSeen(cp.desktopId(), site, cp.schemaVersion(), clock.instant(), why);
            publish(SyncStatus.SCHEMA_INCOMPATIBLE, null, why);
            return SyncReport.failed(SyncStatus.SCHEMA_INCOMPATIBLE, why);
        }
        // Push first: a full resync then cannot lose anything written offline.
        int pushed = 0;
        int duplicates = 0;
        List<String> refusals = new ArrayList<>();
        Map<String, Set<UUID>> refused = new LinkedHashMap<>();
        PushApplier pusher = new PushApplier(central);
        for (List<OutgoingOp> batch = outbox.pending(batchSize); !batch.isEmpty(); batch = outbox.pending(batchSize)) {
            List<OpOutcome> outcomes = pusher.push(cp.desktopId(), batch);
            outbox.recordOutcomes(batch, outcomes, clock.instant());
            for (int i = 0; i < batch.size(); i++) {
                OpOutcome o = outcomes.get(i);
                pushed++;
                if (o.result() == OpOutcome.Result.DUPLICATE || o.result() == OpOutcome.Result.DUPLICATE_REFUSED) {
                    duplicates++;
                }
                if (o.refused()) {
                    refusals.add(o.reason());
                    refused.computeIfAbsent(batch.get(i).entity(), k -> new LinkedHashSet<>()).add(batch.get(i).entityId());
                }
            }
        }
        refused.forEach((table, ids) -> {
            if (SyncedTables.isSynced(table)) {
                applier.refresh(reader.rows(table, ids));
            }
        });
        boolean full = cp.cursor().isStart() || cp.cursor().xid() < info.purgedBelowXid();
        long snapshotRows = 0;
        int pulledChanges = 0;
        int pulledRows = 0;
        int newConflicts = 0;
        if (full) {
            SnapshotWriter writer = applier.snapshotWriter();
            Cursor next = reader.snapshot(PULL_PAGE, writer::accept);
            writer.finish(next, clock.instant());
            snapshotRows = writer.rows();
            heldBack = false;
        } else {
            Cursor cursor = cp.cursor();
            PullPage page;
            do {
                page = reader.page(cursor, PULL_PAGE);
                applier.applyPage(page, clock.instant());
                cursor = page.next();
                pulledChanges += page.changes().size();
                pulledRows += page.rows().size();
                newConflicts += (int) page.changes().stream()
                        .filter(c -> SyncedTables.CONFLICT.equals(c.entity()) && "CREATION".equals(c.kind())).count();
            } while (page.more());
            heldBack = page.heldBack();
        }
        Instant now = clock.instant();
        applier.markSynced(now);
        maintenance.desktopSeen(cp.desktopId(), site, cp.schemaVersion(), now, "ok");
        purgeIfDue(maintenance, now);
        publish(SyncStatus.EN_LIGNE, null, null);
        return new SyncReport(SyncStatus.EN_LIGNE, pushed, duplicates, refusals, pulledChanges, pulledRows, full,
                snapshotRows, newConflicts, null);
    }

    /** Lost or refused connections, and transient conflicts between transactions: worth retrying later. */
    static boolean isConnectivity(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("57P") || state.startsWith("53")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Recomputes the counters the UI shows (changes waiting, conflicts, refusals) and notifies
     * listeners when they changed; the status stays. A few COUNTs on indexed columns: cheap
     * enough to call after every save, and {@link SyncScheduler} calls it every few seconds so a
     * save made anywhere in the application shows up without being wired to the sync.
     */
    public void refreshState() {
        Counts c = counts();
        state.updateCounts(c.pending, c.lastSync, c.openConflicts, c.unread);
    }

    private record Counts(int pending, Instant lastSync, int openConflicts, int unread) {
    }

    private Counts counts() {
        int openConflicts = local.fetchCount(SYNC_CONFLICT, SYNC_CONFLICT.STATUS.eq("OUVERT").and(SYNC_CONFLICT.DELETED.isFalse()));
        int unread = local.fetchCount(SYNC_REFUSAL, SYNC_REFUSAL.ACKNOWLEDGED.isFalse());
        return new Counts(outbox.pendingCount(), applier.lastSyncAt(), openConflicts, unread);
    }

    private void publish(SyncStatus status, Instant offlineSince, String message) {
        Counts c = counts();
        state.update(new SyncState.View(status, offlineSince, c.pending, c.lastSync, c.openConflicts, c.unread, message));
    }

    /**
     * The central retention purge, at most once a day per desktop (after a successful sync):
     * run by whichever desktop is on line, so nobody has to remember it. Several desktops
     * purging the same day only repeat an idempotent delete.
     */
    private void purgeIfDue(CentralMaintenance maintenance, Instant now) {
        Instant last = applier.lastPurgeAt();
        if (last != null && last.plus(PURGE_EVERY).isAfter(now)) {
            return;
        }
        int removed;
        try {
            removed = maintenance.purge(now);
        } catch (DataAccessException e) {
            LOG.warn("Purge de la base centrale impossible, nouvel essai à la prochaine synchronisation : {}", e.getMessage());
            return;
        }
        applier.markPurged(now);
        LOG.info("Purge de la base centrale : {} entrée(s) du journal au-delà de la rétention supprimée(s)", removed);
    }
}
