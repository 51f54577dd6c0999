package fr.cession.ui.status;

import fr.cession.domain.user.Actor;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.Consumer;

/** Who is logged in, whether the desktop is local or online, and how many changes wait to be sent. */
public final class StatusBarViewModel implements AutoCloseable {

    private final Messages m;
    private final Formats formats;
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper conflicts = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper refusals = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final AutoCloseable subscription;

    /** @param fxThread runs a change on the FX thread (sync listeners are called from its own threads) */
    public StatusBarViewModel(Actor actor, SyncStatus sync, Messages m, Formats formats, Consumer<Runnable> fxThread) {
        this.m = m;
        this.formats = formats;
        user.set(m.get("status.user", actor.displayName(), m.label(actor.role()), actor.site()));
        show(sync.current());
        this.subscription = sync.subscribe(s -> fxThread.accept(() -> show(s)));
    }

    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    /** When the last exchange succeeded; null when local only. */
    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    /** "N conflits à résoudre"; null when there is none. */
    public ReadOnlyStringProperty conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }

    /** "N modifications refusées"; null when there is none. */
    public ReadOnlyStringProperty refusalsProperty() {
        return refusals.getReadOnlyProperty();
    }

    /** What stops the exchange (incompatible versions, the connection error), as the sync says it. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void show(SyncStatus.State s) {
        online.set(s.online());
        if (!s.centralConfigured()) {
            // No central database: no outbox either, so no count that could never go down (issue 7).
            connection.set(m.get("status.localOnly"));
        } else if (s.online()) {
            connection.set(m.get("status.online"));
        } else if (s.offlineSince() != null) {
            connection.set(m.get("status.offlineSince", formats.dateTime(s.offlineSince())));
        } else {
            connection.set(m.get("status.offline"));
        }
        pending.set(s.centralConfigured() ? m.get("status.pending", s.pendingChanges()) : "");
        lastSync.set(!s.centralConfigured() ? null : s.lastSync() == null ? m.get("status.neverSynced")
                : m.get("status.lastSync", formats.dateTime(s.lastSync())));
        conflicts.set(s.openConflicts() == 0 ? null : m.get("status.conflicts", s.openConflicts()));
        refusals.set(s.unreadRefusals() == 0 ? null : m.get("status.refusals", s.unreadRefusals()));
        problem.set(s.problem());
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
