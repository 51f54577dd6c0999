package fr.cession.app;

import fr.cession.sync.SyncState;
import fr.cession.ui.SyncStatus;

import java.util.function.Consumer;

/** The status bar's view of the sync engine's state. */
final class SyncStatusAdapter implements SyncStatus {

    private final SyncState state;

    SyncStatusAdapter(SyncState state) {
        this.state = state;
    }

    @Override
    public State current() {
        return convert(state.current());
    }

    @Override
    public AutoCloseable subscribe(Consumer<State> listener) {
        Consumer<SyncState.View> forward = view -> listener.accept(convert(view));
        state.addListener(forward);
        return () -> state.removeListener(forward);
    }

    static State convert(SyncState.View view) {
        fr.cession.sync.SyncStatus status = view.status();
        return new State(status != fr.cession.sync.SyncStatus.LOCAL_ONLY, status == fr.cession.sync.SyncStatus.EN_LIGNE,
                view.pendingChanges(), view.lastSyncAt());
    }
}
