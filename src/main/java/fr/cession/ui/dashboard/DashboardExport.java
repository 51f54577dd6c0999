package fr.cession.ui.dashboard;

import fr.cession.domain.dashboard.DashboardOrder;
import fr.cession.ui.UiContext;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.ExportRunner;
import fr.cession.ui.papers.ExportTable;
import fr.cession.ui.papers.PaperDesk;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * « Exporter… » on the dashboard's list: the orders behind the figure clicked, to CSV or XLSX
 * through the same table export as the board (cells never run as formulas), written off the FX thread.
 */
public final class DashboardExport extends ExportRunner {

    private final UiContext ctx;
    private final Supplier<String> sheet;
    private final List<DashboardOrder> orders;

    DashboardExport(UiContext ctx, PaperDesk desk, Supplier<String> sheet, List<DashboardOrder> orders) {
        super(ctx, desk, new ExportRunner.Texts("dashboard.export.empty", "dashboard.export.save",
                "dashboard.export.file"));
        this.ctx = ctx;
        this.sheet = sheet;
        this.orders = orders;
    }

    /** The list as shown, a row per order. */
    @Override
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
}
