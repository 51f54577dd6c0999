package fr.cession.app;

import fr.cession.domain.workflow.DueTimers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fires the timed outcomes that fell due (playbook {@code delais}), at start and then every few
 * minutes, on a thread of its own (never the FX thread). Each outcome is one save, which the sync
 * sends like any change; a desktop closed for days fires what fell due at its next start, dated
 * from the due instant.
 */
final class TimerScheduler implements AutoCloseable {

    static final Duration PERIOD = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(TimerScheduler.class);

    private final DueTimers timers;
    private final String site;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cession-echeances");
        t.setDaemon(true);
        return t;
    });

    TimerScheduler(DueTimers timers, String site) {
        this.timers = timers;
        this.site = site;
    }

    void start() {
        executor.scheduleWithFixedDelay(this::round, 0, PERIOD.toSeconds(), TimeUnit.SECONDS);
    }

    private void round() {
        try {
            DueTimers.Round r = timers.fireDue(site);
            if (!r.fired().isEmpty() || !r.refused().isEmpty()) {
                LOG.info("Échéances : {} appliquée(s), {} refusée(s)", r.fired().size(), r.refused().size());
            }
        } catch (RuntimeException e) {
            // the next round tries again; one bad order must not stop the timers of the others
            LOG.warn("Échéances non vérifiées : {}", e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
