package fr.cession.ui.board;

import fr.cession.ui.UiContext;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.ExportFormat;
import fr.cession.ui.papers.ExportTable;
import fr.cession.ui.papers.PaperDesk;
import fr.cession.ui.papers.Papers;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Exporter…" on the board: the cards shown (filters applied, folded columns left out, as on
 * screen), one row each with the board's own columns, to CSV or XLSX where the person chooses;
 * written off the FX thread, then opened.
 */
public final class BoardExport {

    private final UiContext ctx;
    private final PaperDesk desk;
    private final Supplier<List<BoardColumn>> columns;
    private final Supplier<BoardGrouping> grouping;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastFile = new ReadOnlyObjectWrapper<>();

    BoardExport(UiContext ctx, PaperDesk desk, Supplier<List<BoardColumn>> columns, Supplier<BoardGrouping> grouping) {
        this.ctx = ctx;
        this.desk = desk;
        this.columns = columns;
        this.grouping = grouping;
    }

    /** Whether this desktop exports at all (a desktop built without papers does not). */
    public boolean available() {
        return desk.files() != null && desk.papers() != Papers.NONE;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "Export en cours…", then "42 lignes exportées : /chemin", or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The file the last export wrote, or null. */
    public ReadOnlyObjectProperty<Path> lastFileProperty() {
        return lastFile.getReadOnlyProperty();
    }

    /** The list as shown: a row per card of every unfolded column. */
    public ExportTable table() {
        Messages m = ctx.messages();
        boolean byStage = grouping.get() == BoardGrouping.ETAPE_COMMANDE;
        List<String> headers = List.of(m.get("board.export.col.number"), m.get("board.export.col.customer"),
                m.get("board.export.col.vehicle"), m.get("board.export.col.status"), m.get("board.export.col.activity"),
                m.get("board.export.col.due"), m.get("board.export.col.checklist"), m.get("board.export.col.payment"),
                m.get("board.export.col.handover"), m.get("board.export.col.warning"), m.get("board.export.col.price"));
        List<List<Object>> rows = new ArrayList<>();
        for (BoardColumn col : columns.get()) {
            if (col.foldedProperty().get()) {
                continue;
            }
            for (BoardCard c : col.cards()) {
                LocalDateTime due = c.dueAt() == null ? null : LocalDateTime.ofInstant(c.dueAt(), ctx.zone());
                // by activity type, the card's activity is its column and its "activity" line the order's status
                String activity = byStage ? c.activity() : col.title();
                rows.add(Arrays.asList(c.orderNumber(), c.customer(), c.vehicle(), m.label(c.status()), activity,
                        due, c.progress(), c.payment(), c.handover(), c.warning(), c.price()));
            }
        }
        return new ExportTable(m.get("board.export.sheet"), headers, rows);
    }

    public void export(ExportFormat format) {
        if (!available() || running.get()) {
            return;
        }
        Messages m = ctx.messages();
        ExportTable table = table();
        if (table.rows().isEmpty()) {
            notice.set(m.get("board.export.empty"));
            return;
        }
        String filter = m.get(format == ExportFormat.CSV ? "board.export.filter.csv" : "board.export.filter.xlsx");
        Optional<Path> target = desk.files().saveAs(m.get("board.export.save"), desk.papers().documentsFolder(),
                Papers.fileName(m.get("board.export.file"), LocalDate.now(ctx.clock()).toString(), format.extension()),
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
