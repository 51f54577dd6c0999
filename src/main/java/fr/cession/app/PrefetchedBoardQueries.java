package fr.cession.app;

import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.board.BoardSnapshot;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Board queries whose store is opened, and whose user's own list ("Ma journée") is read, on a
 * thread of their own from the moment the application starts: while JavaFX starts on the other
 * core. A cold JVM spends seconds loading H2, Flyway and jOOQ before the first query answers;
 * done in parallel, the first screen's data is usually there when the window is.
 *
 * <p>The first {@link #snapshotFor} of that user hands out the prefetched result; every other call
 * reads the store afresh. Callers block only off the FX thread (the feed reads in the background).
 */
public final class PrefetchedBoardQueries implements BoardQueries {

    private final CompletableFuture<BoardQueries> store;
    private final CompletableFuture<BoardSnapshot> firstMine;
    private final String login;
    private final AtomicBoolean handedOut = new AtomicBoolean();

    private PrefetchedBoardQueries(CompletableFuture<BoardQueries> store, String login) {
        this.store = store;
        this.login = login;
        this.firstMine = store.thenApply(q -> q.snapshotFor(login));
    }

    /**
     * Starts opening the store and reading {@code login}'s list now.
     *
     * @param opener opens the local store (migrating it) and returns its queries
     */
    public static PrefetchedBoardQueries start(Supplier<BoardQueries> opener, String login) {
        Objects.requireNonNull(opener);
        Objects.requireNonNull(login);
        CompletableFuture<BoardQueries> store = CompletableFuture.supplyAsync(opener, task -> {
            Thread t = new Thread(task, "cession-board-prefetch");
            t.setDaemon(true);
            t.start();
        });
        return new PrefetchedBoardQueries(store, login);
    }

    /** The opened store's queries (waits for the opening; rethrows its failure). */
    public BoardQueries store() {
        return join(store);
    }

    @Override
    public BoardSnapshot snapshot() {
        return store().snapshot();
    }

    @Override
    public BoardSnapshot snapshotFor(String user) {
        if (login.equals(user) && handedOut.compareAndSet(false, true)) {
            return join(firstMine);
        }
        return store().snapshotFor(user);
    }

    @Override
    public boolean isEmpty() {
        return store().isEmpty();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
