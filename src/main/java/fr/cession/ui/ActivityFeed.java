package fr.cession.ui;

import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.ui.task.BackgroundTask;
import fr.cession.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open activities of every live order, read once off the FX thread and shared by "Ma
 * journée" and the board; read again after each change the user makes.
 */
public final class ActivityFeed {

    private final BoardQueries queries;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<BoardSnapshot> snapshot = new ReadOnlyObjectWrapper<>(BoardSnapshot.EMPTY);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private long requested;

    public ActivityFeed(BoardQueries queries, TaskExecutor executor) {
        this.queries = queries;
        this.executor = executor;
    }

    public ReadOnlyObjectProperty<BoardSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void refresh() {
        long ticket = ++requested;
        loading.set(true);
        executor.execute(BackgroundTask.of(queries::snapshot)
                .onSuccess(s -> {
                    if (ticket == requested) {
                        error.set(null);
                        snapshot.set(s);
                    }
                })
                .onFailure(e -> error.set(String.valueOf(e.getMessage())))
                .onFinished(() -> loading.set(ticket != requested)));
    }
}
