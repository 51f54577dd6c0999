package fr.cession.sync;

import fr.cession.sync.central.ChangeNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs syncs in the background: periodically, at once when another desktop's change is
 * notified (LISTEN/NOTIFY), and with a growing pause while the central database is unreachable.
 * Between syncs it refreshes the state's counters every {@link #STATE_REFRESH}, so local saves
 * show as "changes waiting" without the UI calling anything (it may still call
 * {@link SyncService#refreshState()} for an immediate update).
 */
public final class SyncScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
    private static final Duration HELD_BACK_RETRY = Duration.ofMillis(100);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    /** How long closing waits for a sync under way (the store closes next). */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    /** How soon a local save shows in "changes waiting": a few COUNTs on indexes, every 2 s. */
    static final Duration STATE_REFRESH = Duration.ofSeconds(2);

    private final SyncService service;
    private final DataSource central;
    private final Duration poll;
    private final Duration maxBackoff;
    private final ScheduledExecutorService syncs = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "cession-sync"));
    private final ExecutorService listener = Executors.newSingleThreadExecutor(r -> daemon(r, "cession-sync-ecoute"));
    private final AtomicBoolean queued = new AtomicBoolean();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final CountDownLatch listening = new CountDownLatch(1);
    private ScheduledFuture<?> next;
    private int failures;

    /** @param central the central data source for notifications, or null (local-only) */
    public SyncScheduler(SyncService service, DataSource central, Duration poll, Duration maxBackoff) {
        this.service = service;
        this.central = central;
        this.poll = poll;
        this.maxBackoff = maxBackoff;
    }

    public void start() {
        syncs.scheduleWithFixedDelay(this::refreshState, STATE_REFRESH.toMillis(), STATE_REFRESH.toMillis(),
                TimeUnit.MILLISECONDS);
        if (!service.enabled()) {
            service.runOnce(); // publishes LOCAL_ONLY
            return;
        }
        requestNow();
        UUID desktop = service.desktopId();
        listener.execute(() -> listen(desktop));
    }

    /** Asks for a sync as soon as possible; requests made while one is queued are merged. */
    public void requestNow() {
        if (queued.compareAndSet(false, true) && !syncs.isShutdown()) {
            syncs.execute(this::runAndReschedule);
        }
    }

    // Saves are made by the workflow, which knows nothing of the sync: the counters follow by polling.
    private void refreshState() {
        try {
            service.refreshState();
        } catch (RuntimeException e) {
            LOG.debug("Mise à jour de l'état de synchronisation impossible : {}", e.getMessage());
        }
    }

    private void runAndReschedule() {
        queued.set(false);
        if (closing.getCount() == 0) {
            return;
        }
        Duration delay;
        try {
            SyncReport report = service.runOnce();
            if (report.ok()) {
                failures = 0;
                delay = service.heldBack() ? HELD_BACK_RETRY : poll;
            } else if (report.status() == SyncStatus.HORS_LIGNE) {
                failures++;
                delay = backoff();
            } else {
                delay = maxBackoff;
            }
        } catch (RuntimeException e) {
            LOG.error("Échec de la synchronisation", e);
            failures++;
            delay = backoff();
        }
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
            }
            if (!syncs.isShutdown()) {
                next = syncs.schedule(this::requestNow, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private Duration backoff() {
        Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures, 16));
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    private void listen(UUID desktop) {
        while (closing.getCount() > 0) {
            try (ChangeNotifications notifications = new ChangeNotifications(central, desktop)) {
                listening.countDown();
                requestNow(); // catch up whatever was missed while not listening
                while (closing.getCount() > 0) {
                    if (notifications.awaitOthers(1000)) {
                        requestNow();
                    }
                }
            } catch (SQLException e) {
                LOG.debug("Écoute des changements interrompue : {}", e.getMessage());
                try {
                    closing.await(backoff().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Waits until the notification connection is open (for callers that must not miss one). */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the syncs and waits for the one under way, which is not interrupted: the store closes
     * right after, and a pull cut in the middle failed on a closed store (an error at every quit).
     */
    @Override
    public void close() {
        closing.countDown();
        listener.shutdownNow();
        // under the lock a sync ending now sees the shutdown and plans no next one for us to wait on
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
            }
            syncs.shutdown();
        }
        try {
            if (!syncs.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Synchronisation toujours en cours après {} s : arrêtée", CLOSE_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        syncs.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
