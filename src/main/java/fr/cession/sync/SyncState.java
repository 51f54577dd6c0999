package fr.cession.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The sync situation the UI shows (online / offline since…, changes waiting, last sync,
 * conflicts to resolve, refusals to read). Plain Java: listeners are called on the thread that
 * changed the state; a UI hops to its own thread.
 */
public final class SyncState {

    /** One immutable view of the state. */
    public record View(SyncStatus status, Instant offlineSince, int pendingChanges, Instant lastSyncAt,
                       int openConflicts, int unreadRefusals, String message) {

        /** One line, in French, for a status bar or the command line. */
        public String summary() {
            if (status == SyncStatus.LOCAL_ONLY) {
                return "Mode local : rien à envoyer (aucune base centrale configurée)";
            }
            StringBuilder s = new StringBuilder(status.label());
            if (status == SyncStatus.HORS_LIGNE && offlineSince != null) {
                s.append(" depuis ").append(offlineSince);
            }
            s.append(" — ").append(pendingChanges).append(" modification(s) en attente");
            if (lastSyncAt != null) {
                s.append(" — dernière synchronisation ").append(lastSyncAt);
            }
            if (openConflicts > 0) {
                s.append(" — ").append(openConflicts).append(" conflit(s) à résoudre");
            }
            if (unreadRefusals > 0) {
                s.append(" — ").append(unreadRefusals).append(" modification(s) refusée(s)");
            }
            if (message != null) {
                s.append(" — ").append(message);
            }
            return s.toString();
        }
    }

    /** The local-only state's message: no central database, so no outbox and nothing waiting. */
    public static final String NOTHING_TO_SEND = "rien à envoyer";

    private final List<Consumer<View>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> receivedListeners = new CopyOnWriteArrayList<>();
    private volatile View view;

    public SyncState(SyncStatus initial) {
        this.view = new View(initial, null, 0, null, 0, 0,
                initial == SyncStatus.LOCAL_ONLY ? NOTHING_TO_SEND : null);
    }

    public View current() {
        return view;
    }

    public void addListener(Consumer<View> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<View> listener) {
        listeners.remove(listener);
    }

    /**
     * Called after each sync that wrote rows into this store (others' changes, a refused change put
     * back, an order out of reach removed): screens read their lists again, a request or an answer
     * from another desktop shows without the person refreshing.
     */
    public void addReceivedListener(Runnable listener) {
        receivedListeners.add(listener);
    }

    public void removeReceivedListener(Runnable listener) {
        receivedListeners.remove(listener);
    }

    void received() {
        receivedListeners.forEach(Runnable::run);
    }

    /** New counters under whatever status is current (a refresh must not undo a sync's news). */
    void updateCounts(int pendingChanges, Instant lastSyncAt, int openConflicts, int unreadRefusals) {
        View previous;
        View next;
        synchronized (this) {
            previous = view;
            next = new View(previous.status(), previous.offlineSince(), pendingChanges, lastSyncAt, openConflicts,
                    unreadRefusals, previous.message());
            view = next;
        }
        if (!Objects.equals(previous, next)) {
            listeners.forEach(l -> l.accept(next));
        }
    }

    void update(View next) {
        View previous;
        synchronized (this) {
            previous = view;
            view = next;
        }
        if (!Objects.equals(previous, next)) {
            listeners.forEach(l -> l.accept(next));
        }
    }
}
