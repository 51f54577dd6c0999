package fr.cession.app;

import fr.cession.sync.SyncScheduler;
import fr.cession.ui.DesktopDependencies;
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

    /** @param scheduler null when the station works alone */
    DesktopSession(LocalStore store, SyncScheduler scheduler, DesktopDependencies dependencies) {
        this.store = store;
        this.scheduler = scheduler;
        this.dependencies = dependencies;
    }

    DesktopDependencies dependencies() {
        return dependencies;
    }

    LocalStore store() {
        return store;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        store.close();
        LOG.info("Bureau fermé");
    }
}
