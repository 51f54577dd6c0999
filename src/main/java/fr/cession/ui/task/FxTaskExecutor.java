package fr.cession.ui.task;

import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs work as {@link Task}s on a small pool of daemon threads; callbacks on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;

    public FxTaskExecutor(int threads) {
        ThreadFactory base = Executors.defaultThreadFactory();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = base.newThread(r);
            t.setDaemon(true);
            t.setName("cession-ui-worker-" + n.incrementAndGet());
            return t;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.work().call();
            }
        };
        fx.setOnSucceeded(e -> task.succeeded(fx.getValue()));
        fx.setOnFailed(e -> {
            LOG.warn("Background task failed", fx.getException());
            task.failed(fx.getException());
        });
        try {
            pool.execute(fx);
        } catch (RejectedExecutionException e) {
            // The desktop is closing: a late refresh or reminder tick has nothing left to show.
            LOG.debug("Tâche de fond ignorée : le bureau se ferme");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
