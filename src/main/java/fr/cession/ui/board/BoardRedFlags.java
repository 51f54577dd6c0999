package fr.cession.ui.board;

import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.risk.FraudAssessment;
import fr.cession.ui.task.BackgroundTask;
import fr.cession.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Map;
import java.util.UUID;

/**
 * The red flags (003:9) of the board's orders, read off the FX thread at each board refresh; the
 * cards' badges follow the map as it arrives, so the board never waits for them.
 */
final class BoardRedFlags {

    private final BoardQueries board;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<Map<UUID, FraudAssessment>> flags = new ReadOnlyObjectWrapper<>(Map.of());

    BoardRedFlags(BoardQueries board, TaskExecutor executor) {
        this.board = board;
        this.executor = executor;
    }

    ReadOnlyObjectProperty<Map<UUID, FraudAssessment>> flagsProperty() {
        return flags.getReadOnlyProperty();
    }

    void refresh() {
        executor.execute(BackgroundTask.of(board::redFlags).onSuccess(flags::set));
    }
}
