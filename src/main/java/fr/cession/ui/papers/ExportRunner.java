package fr.cession.ui.papers;

import fr.cession.ui.UiContext;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * « Exporter… » of a list shown on screen (the board's cards, the dashboard's orders): the file
 * asked where the person chooses, the table written to CSV or XLSX off the FX thread (cells never
 * run as formulas), then opened; one export at a time, its progress and outcome said. A screen
 * says only what its list is ({@link #table()}) and what its export is called.
 */
public abstract class ExportRunner {

    /**
     * What a screen calls its export, as bundle keys.
     *
     * @param empty     said when the list has no row
     * @param saveTitle the save dialog's title
     * @param fileName  the proposed file's name, before the day and the extension
     */
    public record Texts(String empty, String saveTitle, String fileName) {
    }

    private final UiContext ctx;
    private final PaperDesk desk;
    private final Texts texts;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastFile = new ReadOnlyObjectWrapper<>();

    protected ExportRunner(UiContext ctx, PaperDesk desk, Texts texts) {
        this.ctx = ctx;
        this.desk = desk;
        this.texts = texts;
    }

    /** Whether this desktop exports at all (a desktop built without papers does not). */
    public boolean available() {
        return desk.files() != null && desk.papers() != Papers.NONE;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** « Export en cours… », then « 42 lignes exportées : fichier », or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The file the last export wrote, or null. */
    public ReadOnlyObjectProperty<Path> lastFileProperty() {
        return lastFile.getReadOnlyProperty();
    }

    /** The list as shown, a row per line of the screen. */
    public abstract ExportTable table();

    public void export(ExportFormat format) {
        if (!available() || running.get()) {
            return;
        }
        Messages m = ctx.messages();
        ExportTable table = table();
        if (table.rows().isEmpty()) {
            notice.set(m.get(texts.empty()));
            return;
        }
        String filter = m.get(format == ExportFormat.CSV ? "board.export.filter.csv" : "board.export.filter.xlsx");
        Optional<Path> target = desk.files().saveAs(m.get(texts.saveTitle()), desk.papers().documentsFolder(),
                Papers.fileName(m.get(texts.fileName()), LocalDate.now(ctx.clock()).toString(), format.extension()),
                filter, format.extension());
        if (target.isEmpty()) {
            return;
        }
        Path path = target.get();
        running.set(true);
        notice.set(m.get("board.export.running"));
        ctx.executor().execute(BackgroundTask.of(() -> {
                    Path parent = path.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    desk.papers().export(table, format, path);
                    return path;
                })
                .onSuccess(written -> {
                    lastFile.set(written);
                    notice.set(m.get("board.export.done", table.rows().size(), written.getFileName().toString()));
                    desk.files().open(written);
                })
                .onFailure(e -> {
                    notice.set("");
                    ctx.dialogs().showError(m.get("board.export.failed"), String.valueOf(e.getMessage()));
                })
                .onFinished(() -> running.set(false)));
    }
}
