package fr.cession.ui;

import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.ui.task.BackgroundTask;
import fr.cession.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Every order with its next activity and the open activities of every live order, read once off
 * the FX thread for the board, and the user's own activities for "Ma journée", read first; both
 * read again after each change the user makes.
 */
public final class ActivityFeed {

    private final BoardQueries queries;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<BoardSnapshot> snapshot = new ReadOnlyObjectWrapper<>(BoardSnapshot.EMPTY);
    private final ReadOnlyObjectWrapper<BoardSnapshot> mine = new ReadOnlyObjectWrapper<>(BoardSnapshot.EMPTY);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper boardReads = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper mineReads = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private long requested;

    private final String login;

    public ActivityFeed(BoardQueries queries, TaskExecutor executor, String login) {
        this.queries = queries;
        this.executor = executor;
        this.login = login;
    }

    /** The user's own activities and idle orders ("Ma journée"), read first because they are few. */
    public ReadOnlyObjectProperty<BoardSnapshot> mineProperty() {
        return mine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BoardSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /**
     * How many times the whole board has been read. A read that finds the same data sets an equal
     * snapshot, which fires no change: the board listens here to redraw its cards' timing anyway.
     */
    public ReadOnlyLongProperty boardReadsProperty() {
        return boardReads.getReadOnlyProperty();
    }

    /**
     * How many times the user's own activities have been read. Ma journée reads what is not in the
     * snapshot (the manager's answers to my requests) at each read: a decision synced in changes no
     * activity of mine, so the snapshot alone would fire nothing.
     */
    public ReadOnlyLongProperty mineReadsProperty() {
        return mineReads.getReadOnlyProperty();
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
        // mine first and alone: it is what the first screen shows, and both share one local connection
        executor.execute(BackgroundTask.of(() -> queries.snapshotFor(login))
                .onSuccess(s -> {
                    if (ticket == requested) {
                        mine.set(s);
                        mineReads.set(mineReads.get() + 1);
                    }
                })
                .onFailure(e -> error.set(String.valueOf(e.getMessage())))
                .onFinished(() -> loadAll(ticket)));
    }

    private void loadAll(long ticket) {
        if (ticket != requested) {
            return;
        }
        executor.execute(BackgroundTask.of(queries::snapshot)
                .onSuccess(s -> {
                    if (ticket == requested) {
                        error.set(null);
                        snapshot.set(s);
                        boardReads.set(boardReads.get() + 1);
                    }
                })
                .onFailure(e -> error.set(String.valueOf(e.getMessage())))
                .onFinished(() -> loading.set(ticket != requested)));
    }
}
