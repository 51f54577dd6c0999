package fr.cession.app;

import fr.cession.sync.SyncScheduler;
import fr.cession.ui.help.Diagnosis;
import fr.cession.ui.wiring.DesktopDependencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the desktop runs on, opened before its window and closed after it: the local store, the
 * background sync (when a central database is configured) and the screens' dependencies.
 */
final class DesktopSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopSession.class);

    private final LocalStore store;
    private final SyncScheduler scheduler;
    private final DesktopDependencies dependencies;
    private final Diagnosis diagnosis;

    /** @param scheduler null when the station works alone */
    DesktopSession(LocalStore store, SyncScheduler scheduler, DesktopDependencies dependencies) {
        this(store, scheduler, dependencies, Diagnosis.NONE);
    }

    /** @param diagnosis « Aide → Copier le diagnostic » over this session's store and sync */
    DesktopSession(LocalStore store, SyncScheduler scheduler, DesktopDependencies dependencies, Diagnosis diagnosis) {
        this.store = store;
        this.scheduler = scheduler;
        this.dependencies = dependencies;
        this.diagnosis = diagnosis;
    }

    Diagnosis diagnosis() {
        return diagnosis;
    }

    DesktopDependencies dependencies() {
        return dependencies;
    }

    LocalStore store() {
        return store;
    }

    private AutoCloseable timers = () -> { };

    /** The timed outcomes' scheduler, closed with the session. */
    DesktopSession withTimers(AutoCloseable timerScheduler) {
        this.timers = timerScheduler;
        return this;
    }

    @Override
    public void close() {
        try {
            timers.close();
        } catch (Exception e) {
            LOG.warn("Arrêt des échéances : {}", e.getMessage());
        }
        if (scheduler != null) {
            scheduler.close();
        }
        store.close();
        LOG.info("Bureau fermé");
    }
}
