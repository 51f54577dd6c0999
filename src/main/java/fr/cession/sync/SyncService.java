package fr.cession.sync;

import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.central.CentralMaintenance;
import fr.cession.sync.central.PullReader;
import fr.cession.sync.central.PushApplier;
import fr.cession.sync.local.BlockedRows;
import fr.cession.sync.local.Checkpoint;
import fr.cession.sync.local.LocalApplier;
import fr.cession.sync.local.LocalRepairs;
import fr.cession.sync.local.LostAccess;
import fr.cession.sync.local.Outbox;
import fr.cession.sync.local.SnapshotWriter;
import fr.cession.sync.protocol.Cursor;
import fr.cession.sync.protocol.PullPage;
import fr.cession.sync.protocol.RowImage;
import fr.cession.sync.tables.SyncedTables;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SYNC_CONFLICT;
import static fr.cession.store.schema.Tables.SYNC_REFUSAL;

/**
 * One synchronisation of this desktop with the central database: push the outbox in batches
 * (exactly once), then pull what changed since the checkpoint (or a full snapshot when the
 * checkpoint is older than the central retention), then try again the pulled rows this store
 * could not take. Runs one at a time; each run ends with one INFO line and the desktop's outcome
 * and backlog reported centrally.
 */
public final class SyncService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final int PULL_PAGE = 1000;
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final DSLContext local;
    private final CentralDatabase central;
    private final String site;
    private final int batchSize;
    private final Clock clock;
    private final SyncState state;
    private final Outbox outbox;
    private final LocalApplier applier;
    private final BlockedRows blocked;
    private final Object oneAtATime = new Object();
    private volatile boolean heldBack;
    private volatile boolean clockWarned;

    /** Local-only: no outbox (nothing is ever "waiting"), every call says so and changes nothing. */
    public static SyncService localOnly(DSLContext local, Clock clock) {
        new LocalOnlyBacklog(local).markLocalOnly(clock.instant());
        return new SyncService(local, null, "local", 1, clock);
    }

    public SyncService(DSLContext local, CentralDatabase central, String site, int batchSize, Clock clock) {
        this.local = local;
        this.site = site;
        this.central = central;
        this.batchSize = Math.max(1, batchSize);
        this.clock = clock;
        this.state = new SyncState(central == null ? SyncStatus.LOCAL_ONLY : SyncStatus.HORS_LIGNE);
        this.outbox = new Outbox(local);
        this.applier = new LocalApplier(local);
        this.blocked = new BlockedRows(local);
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
                publish(SyncStatus.LOCAL_ONLY, null, SyncState.NOTHING_TO_SEND);
                return SyncReport.failed(SyncStatus.LOCAL_ONLY,
                        "Aucune base centrale configurée (config/central.properties) : fonctionnement local uniquement.");
            }
            long start = System.nanoTime();
            Checkpoint cp = applier.checkpoint();
            try {
                SyncReport report = exchange(cp, start);
                LOG.info("Synchronisation réussie : {} envoyée(s), {} reçue(s), {} conflit(s), {} refus, {} bloquée(s), "
                                + "{} rejeu(x), {} ms", report.pushed(), report.pulledChanges() + report.snapshotRows(),
                        report.newConflicts(), report.refusals().size(), report.blocked(), report.retries(),
                        report.millis());
                return report;
            } catch (DataAccessException e) {
                return failed(cp, e);
            }
        }
    }

    private SyncReport failed(Checkpoint cp, DataAccessException e) {
        SyncFailure why = SyncFailure.of(e);
        if (why.expected()) {
            LOG.warn("Synchronisation impossible : {}", why.message());
        } else {
            LOG.error("Échec de la synchronisation : {}", why.message(), e);
        }
        if (!why.offline()) {
            tryReport(cp, "échec : " + why.message(), 0);
        }
        Instant since = state.current().offlineSince() != null ? state.current().offlineSince() : clock.instant();
        publish(SyncStatus.HORS_LIGNE, since, why.message());
        return SyncReport.failed(SyncStatus.HORS_LIGNE, why.message());
    }

    private SyncReport exchange(Checkpoint cp, long start) {
        PullReader reader = new PullReader(central);
        CentralMaintenance maintenance = new CentralMaintenance(central);
        PullReader.Info info = reader.info();
        if (info.schemaVersion() != cp.schemaVersion()) {
            String why = "Synchronisation refusée : le schéma de données de ce poste (version " + cp.schemaVersion()
                    + ") diffère de celui de la base centrale (version " + info.schemaVersion()
                    + "). Mettez l'application à jour avant de synchroniser.";
            maintenance.report(cp.desktopId(), site, cp.schemaVersion(), why, outbox.pendingCount(), 0, false);
            LOG.warn(why);
            publish(SyncStatus.SCHEMA_INCOMPATIBLE, null, why);
            return SyncReport.failed(SyncStatus.SCHEMA_INCOMPATIBLE, why);
        }
        checkClock(maintenance);
        boolean neverSynced = cp.cursor().isStart() && cp.lastSyncAt() == null;
        int wholeOrders = new LocalOnlyBacklog(local).convertIfFirstConnection(neverSynced, null, site, clock.instant(),
                UUID::randomUUID);
        if (wholeOrders > 0) {
            LOG.info("Première connexion après un fonctionnement local : {} commande(s) créée(s) ici envoyée(s) entières",
                    wholeOrders);
        }
        CustomerAccountSync.Result accounts = new CustomerAccountSync(local, central).run();
        // Push first: a full resync then cannot lose anything written offline.
        PushRound.Result push = new PushRound(outbox, new PushApplier(central), reader, applier, new LocalRepairs(local),
                clock).run(cp.desktopId(), batchSize);
        boolean full = cp.cursor().isStart() || cp.cursor().xid() < info.purgedBelowXid();
        long snapshotRows = 0;
        int pulledChanges = 0;
        int pulledRows = 0;
        int newConflicts = 0;
        int blockedNow = 0;
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
                blockedNow += applier.applyPage(page, clock.instant());
                cursor = page.next();
                pulledChanges += page.changes().size();
                pulledRows += page.rows().size();
                newConflicts += (int) page.changes().stream()
                        .filter(c -> SyncedTables.CONFLICT.equals(c.entity()) && "CREATION".equals(c.kind())).count();
            } while (page.more());
            heldBack = page.heldBack();
        }
        int stillBlocked = retryBlocked(reader);
        List<String> removed = new LostAccess(local).removeOutOfReach(reader);
        Instant now = clock.instant();
        applier.markSynced(now);
        int backlog = outbox.pendingCount();
        String outcome = outcome(push, stillBlocked, backlog, removed.size());
        maintenance.report(cp.desktopId(), site, cp.schemaVersion(), outcome, backlog, push.refusals().size(), true);
        purgeIfDue(maintenance);
        publish(SyncStatus.EN_LIGNE, null, null);
        // our own changes come back in the feed too: one more read of the lists, not worth telling apart
        if (snapshotRows > 0 || pulledChanges > 0 || pulledRows > 0 || !push.refusals().isEmpty() || !removed.isEmpty()
                || accounts.received() > 0) {
            state.received();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new SyncReport(SyncStatus.EN_LIGNE, push.pushed(), push.duplicates(), push.refusals(), pulledChanges,
                pulledRows, full, snapshotRows, newConflicts, null, push.merged(), stillBlocked, push.retries(), millis);
    }

    private static String outcome(PushRound.Result push, int blocked, int backlog, int removed) {
        List<String> parts = new ArrayList<>();
        parts.add("ok");
        if (removed > 0) {
            parts.add(removed + " commande(s) retirée(s) : plus accessible(s)");
        }
        if (!push.refusals().isEmpty()) {
            parts.add(push.refusals().size() + " refus");
        }
        if (blocked > 0) {
            parts.add(blocked + " enregistrement(s) reçu(s) bloqué(s) sur le poste");
        }
        if (backlog > 0) {
            parts.add(backlog + " en attente");
        }
        return String.join(", ", parts);
    }

    /** Rows the store could not take at an earlier pull: fetched again, written if they now fit. */
    private int retryBlocked(PullReader reader) {
        Map<String, Set<UUID>> waiting = blocked.waiting();
        if (waiting.isEmpty()) {
            return 0;
        }
        List<RowImage> rows = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        for (String table : SyncedTables.ALL) {
            Set<UUID> ids = waiting.get(table);
            if (ids == null) {
                continue;
            }
            List<RowImage> found = reader.rows(table, ids);
            rows.addAll(found);
            Set<UUID> missing = new java.util.HashSet<>(ids);
            found.forEach(r -> missing.remove(r.id()));
            gone.addAll(missing);
        }
        blocked.forget(gone);
        applier.refresh(rows);
        return blocked.count();
    }

    private void checkClock(CentralMaintenance maintenance) {
        Duration skew = Duration.between(maintenance.now(), clock.instant());
        if (skew.abs().compareTo(CLOCK_TOLERANCE) > 0 && !clockWarned) {
            clockWarned = true;
            LOG.warn("L'horloge de ce poste {} de {} min sur celle de la base centrale : les dates des modifications"
                    + " envoyées sont prises au plus tard à l'heure centrale ; réglez l'heure du poste.",
                    skew.isNegative() ? "retarde" : "avance", skew.abs().toMinutes());
        }
    }

    private void tryReport(Checkpoint cp, String outcome, int refused) {
        try {
            new CentralMaintenance(central).report(cp.desktopId(), site, cp.schemaVersion(), outcome,
                    outbox.pendingCount(), refused, false);
        } catch (DataAccessException ignored) {
            // the central database is what failed: nothing more to tell it
        }
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
        // Local only: the change log is history, not an outbox; nothing is waiting to be sent.
        int pending = central == null ? 0 : outbox.pendingCount();
        return new Counts(pending, applier.lastSyncAt(), openConflicts, unread);
    }

    private void publish(SyncStatus status, Instant offlineSince, String message) {
        Counts c = counts();
        state.update(new SyncState.View(status, offlineSince, c.pending, c.lastSync, c.openConflicts, c.unread, message));
    }

    /**
     * The central retention purge, asked after every successful sync by whichever desktop is on
     * line; the central database decides, on its own clock, whether the day's purge is due.
     */
    private void purgeIfDue(CentralMaintenance maintenance) {
        int removed;
        try {
            removed = maintenance.purgeIfDue();
        } catch (DataAccessException e) {
            LOG.warn("Purge de la base centrale impossible, nouvel essai à la prochaine synchronisation : {}",
                    SyncFailure.of(e).message());
            return;
        }
        if (removed >= 0) {
            LOG.info("Purge de la base centrale : {} entrée(s) du journal au-delà de la rétention supprimée(s)", removed);
        }
    }
}
