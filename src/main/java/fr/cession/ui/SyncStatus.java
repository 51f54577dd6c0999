package fr.cession.ui;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * What the status bar says about synchronisation. Kept free of JavaFX so that the sync
 * engine (which may not use JavaFX) can be adapted to it by the composition root; listeners may
 * be called on any thread.
 */
public interface SyncStatus {

    /**
     * @param lastSync       when the last exchange with the central database succeeded, null if never
     * @param offlineSince   since when the central database cannot be reached, null when online
     * @param openConflicts  same-field conflicts waiting for a person to choose a value
     * @param unreadRefusals local changes the central database refused, not read yet
     * @param problem        what stops the exchange (incompatible versions...), in French; null if nothing
     */
    record State(boolean centralConfigured, boolean online, int pendingChanges, Instant lastSync,
                 Instant offlineSince, int openConflicts, int unreadRefusals, String problem) {
        public static final State LOCAL_ONLY = new State(false, false, 0, null);

        public State(boolean centralConfigured, boolean online, int pendingChanges, Instant lastSync) {
            this(centralConfigured, online, pendingChanges, lastSync, null, 0, 0, null);
        }
    }

    State current();

    /** Calls {@code listener} on every change until the returned handle is closed. */
    AutoCloseable subscribe(Consumer<State> listener);

    /**
     * Calls {@code listener} after each sync that wrote into the store (others' changes, refusals put
     * back), until the returned handle is closed: the screens read their lists again.
     */
    default AutoCloseable onReceived(Runnable listener) {
        return () -> { };
    }

    /** No central database configured: the desktop works on its own store. */
    static SyncStatus localOnly() {
        return new SyncStatus() {
            @Override
            public State current() {
                return State.LOCAL_ONLY;
            }

            @Override
            public AutoCloseable subscribe(Consumer<State> listener) {
                return () -> { };
            }
        };
    }
}
