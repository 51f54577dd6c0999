package fr.cession.ui.dashboard;

import fr.cession.domain.dashboard.DashboardOrder;
import fr.cession.ui.UiContext;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.ExportFormat;
import fr.cession.ui.papers.ExportTable;
import fr.cession.ui.papers.PaperDesk;
import fr.cession.ui.papers.Papers;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * « Exporter… » on the dashboard's list: the orders behind the figure clicked, to CSV or XLSX
 * through the same table export as the board (cells never run as formulas), written off the FX thread.
 */
public final class DashboardExport {

    private final UiContext ctx;
    private final PaperDesk desk;
    private final Supplier<String> sheet;
    private final List<DashboardOrder> orders;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    DashboardExport(UiContext ctx, PaperDesk desk, Supplier<String> sheet, List<DashboardOrder> orders) {
        this.ctx = ctx;
        this.desk = desk;
        this.sheet = sheet;
        this.orders = orders;
    }

    public boolean available() {
        return desk.files() != null && desk.papers() != Papers.NONE;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The list as shown, a row per order. */
    public ExportTable table() {
        Messages m = ctx.messages();
        List<String> headers = List.of(m.get("dashboard.col.number"), m.get("dashboard.col.customer"),
                m.get("dashboard.col.status"), m.get("dashboard.col.site"), m.get("dashboard.col.advisor"),
                m.get("dashboard.col.reserved"), m.get("dashboard.col.handover"));
        List<List<Object>> rows = orders.stream().map(o -> Arrays.<Object>asList(o.number(), o.customer(),
                m.label(o.status()), o.site(), o.advisor(), o.reservedOn(), o.handoverAt())).toList();
        // a sheet's name is at most 31 characters in XLSX
        String name = sheet.get();
        return new ExportTable(name.length() > 31 ? name.substring(0, 31) : name, headers, rows);
    }

    public void export(ExportFormat format) {
        if (!available() || running.get()) {
            return;
        }
        Messages m = ctx.messages();
        ExportTable table = table();
        if (table.rows().isEmpty()) {
            notice.set(m.get("dashboard.export.empty"));
            return;
        }
        String filter = m.get(format == ExportFormat.CSV ? "board.export.filter.csv" : "board.export.filter.xlsx");
        Optional<Path> target = desk.files().saveAs(m.get("dashboard.export.save"), desk.papers().documentsFolder(),
                Papers.fileName(m.get("dashboard.export.file"), LocalDate.now(ctx.clock()).toString(),
                        format.extension()), filter, format.extension());
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
