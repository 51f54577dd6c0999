package fr.cession.ui.board;

import fr.cession.ui.UiContext;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.ExportRunner;
import fr.cession.ui.papers.ExportTable;
import fr.cession.ui.papers.PaperDesk;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Exporter…" on the board: the cards shown (filters applied, folded columns left out, as on
 * screen), one row each with the board's own columns, to CSV or XLSX where the person chooses;
 * written off the FX thread, then opened.
 */
public final class BoardExport extends ExportRunner {

    private final UiContext ctx;
    private final Supplier<List<BoardColumn>> columns;
    private final Supplier<BoardGrouping> grouping;

    BoardExport(UiContext ctx, PaperDesk desk, Supplier<List<BoardColumn>> columns, Supplier<BoardGrouping> grouping) {
        super(ctx, desk, new ExportRunner.Texts("board.export.empty", "board.export.save", "board.export.file"));
        this.ctx = ctx;
        this.columns = columns;
        this.grouping = grouping;
    }

    /** The list as shown: a row per card of every unfolded column. */
    @Override
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
}
