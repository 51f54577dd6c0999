package fr.cession.app;

import fr.cession.sync.SyncState;
import fr.cession.ui.SyncStatus;
import javafx.application.Platform;

import java.util.function.Consumer;

/**
 * The status bar's view of the sync engine's {@link SyncState}. The engine calls its listeners on
 * its own threads; each change is handed to the FX thread here.
 *
 * <p>Built by the composition root: {@code new SyncStateStatus(syncService.state())} when a central
 * database is configured, {@link SyncStatus#localOnly()} otherwise.
 */
public final class SyncStateStatus implements SyncStatus {

    private final SyncState state;
    private final Consumer<Runnable> fxThread;

    public SyncStateStatus(SyncState state) {
        this(state, Platform::runLater);
    }

    /** @param fxThread runs a change on the UI thread (tests pass {@code Runnable::run}) */
    public SyncStateStatus(SyncState state, Consumer<Runnable> fxThread) {
        this.state = state;
        this.fxThread = fxThread;
    }

    @Override
    public State current() {
        return map(state.current());
    }

    @Override
    public AutoCloseable subscribe(Consumer<State> listener) {
        Consumer<SyncState.View> hop = v -> {
            State s = map(v);
            fxThread.accept(() -> listener.accept(s));
        };
        state.addListener(hop);
        return () -> state.removeListener(hop);
    }

    @Override
    public AutoCloseable onReceived(Runnable listener) {
        Runnable hop = () -> fxThread.accept(listener);
        state.addReceivedListener(hop);
        return () -> state.removeReceivedListener(hop);
    }

    public static State map(SyncState.View v) {
        boolean configured = v.status() != fr.cession.sync.SyncStatus.LOCAL_ONLY;
        boolean online = v.status() == fr.cession.sync.SyncStatus.EN_LIGNE;
        String problem = switch (v.status()) {
            case SCHEMA_INCOMPATIBLE -> v.message() == null ? v.status().label()
                    : v.status().label() + " : " + v.message();
            case HORS_LIGNE -> v.message();
            default -> null;
        };
        return new State(configured, online, v.pendingChanges(), v.lastSyncAt(),
                online ? null : v.offlineSince(), v.openConflicts(), v.unreadRefusals(), problem);
    }
}
