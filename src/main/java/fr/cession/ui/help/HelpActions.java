package fr.cession.ui.help;

import fr.cession.ui.dialog.DialogService;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.task.BackgroundTask;
import fr.cession.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The « Aide » menu's commands. The diagnostic reads the log and the store: it is built in the
 * background, then put on the clipboard on the FX thread, and a notice says it is ready to paste.
 */
public final class HelpActions {

    private final Diagnosis diagnosis;
    private final TextClipboard clipboard;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public HelpActions(Diagnosis diagnosis, TextClipboard clipboard, TaskExecutor executor, DialogService dialogs,
                       Messages messages) {
        this.diagnosis = diagnosis;
        this.clipboard = clipboard;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Whether this desktop has a diagnostic to copy (not in tests that build it without). */
    public boolean canDiagnose() {
        return diagnosis != Diagnosis.NONE;
    }

    /** True while the diagnostic is being built: a second click would only copy the same text twice. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void copyDiagnostic() {
        if (!canDiagnose() || busy.get()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(diagnosis::report)
                .onSuccess(text -> {
                    clipboard.put(text);
                    dialogs.showInfo(messages.get("help.diagnostic.copied.title"),
                            messages.get("help.diagnostic.copied", text.lines().count()));
                })
                .onFailure(e -> dialogs.showError(messages.get("help.diagnostic.failed.title"),
                        messages.get("help.diagnostic.failed", String.valueOf(e.getMessage()))))
                .onFinished(() -> busy.set(false)));
    }
}
