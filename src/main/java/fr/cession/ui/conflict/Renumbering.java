package fr.cession.ui.conflict;

import fr.cession.ui.task.BackgroundTask;
import fr.cession.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * The « Renuméroter… » dialog of one order to fix: the number typed, and the reason it was refused
 * shown beside the field. A refused number leaves the dialog open and the store untouched (the
 * repair writes in one transaction), so the person corrects the number and tries again.
 */
public final class Renumbering {

    private final String current;
    private final TaskExecutor executor;
    private final Consumer<String> write;
    private final Consumer<String> written;
    private final Consumer<Throwable> failed;
    private final StringProperty number = new SimpleStringProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();

    /**
     * @param write   gives the order the number (off the FX thread)
     * @param written called with the number once it is the order's
     * @param failed  called on a failure that is not a refused number: the screen's error path
     */
    Renumbering(String current, TaskExecutor executor, Consumer<String> write, Consumer<String> written,
                Consumer<Throwable> failed) {
        this.current = current;
        this.executor = executor;
        this.write = write;
        this.written = written;
        this.failed = failed;
        number.set(current);
    }

    /** The order's number now, the one the central database refused. */
    public String current() {
        return current;
    }

    public StringProperty numberProperty() {
        return number;
    }

    /** Why the number typed was refused, empty when none was. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the dialog has nothing left to do: the number is written, or it was given up. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public void submit() {
        if (busy.get() || done.get()) {
            return;
        }
        String wanted = number.get() == null ? "" : number.get().strip();
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.run(() -> write.accept(wanted))
                .onSuccess(v -> {
                    done.set(true);
                    written.accept(wanted);
                })
                .onFailure(e -> {
                    IllegalArgumentException refused = refusal(e);
                    if (refused != null) {
                        error.set(refused.getMessage());
                    } else {
                        done.set(true);
                        failed.accept(e);
                    }
                })
                .onFinished(() -> busy.set(false)));
    }

    public void cancel() {
        done.set(true);
    }

    /** The repair's own refusal of the number, however the transaction wrapped it. */
    private static IllegalArgumentException refusal(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IllegalArgumentException iae && iae.getMessage() != null) {
                return iae;
            }
        }
        return null;
    }
}
