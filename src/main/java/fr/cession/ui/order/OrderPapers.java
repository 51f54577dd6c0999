package fr.cession.ui.order;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.ui.UiContext;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.Paper;
import fr.cession.ui.papers.PaperDesk;
import fr.cession.ui.papers.Papers;
import fr.cession.ui.task.BackgroundTask;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The order file's papers: the order form, the hand-over checklist, the refund request (only while
 * the order has one). The person chooses where the PDF goes (their {@code documents/} folder is
 * proposed); it is written off the FX thread, then opened with the system's viewer, and the page
 * says where it is.
 */
public final class OrderPapers {

    private final UiContext ctx;
    private final PaperDesk desk;
    private final Supplier<OrderFile> file;
    private final Consumer<Boolean> busy;
    private final Consumer<String> tell;

    OrderPapers(UiContext ctx, PaperDesk desk, Supplier<OrderFile> file, Consumer<Boolean> busy, Consumer<String> tell) {
        this.ctx = ctx;
        this.desk = desk;
        this.file = file;
        this.busy = busy;
        this.tell = tell;
    }

    /** What this order prints now; empty on a desktop without papers. */
    public List<Paper> available() {
        OrderFile f = file.get();
        return f == null || desk.files() == null ? List.of() : desk.papers().available(f);
    }

    public String label(Paper paper) {
        return switch (paper) {
            case BON_DE_COMMANDE -> m().get("order.paper.orderForm");
            case CHECKLIST_REMISE -> m().get("order.paper.handover");
            case DEMANDE_REMBOURSEMENT -> m().get("order.paper.refund");
        };
    }

    private String baseName(Paper paper) {
        return switch (paper) {
            case BON_DE_COMMANDE -> m().get("order.paper.file.orderForm");
            case CHECKLIST_REMISE -> m().get("order.paper.file.handover");
            case DEMANDE_REMBOURSEMENT -> m().get("order.paper.file.refund");
        };
    }

    /** Asks where to save the paper, writes it in the background, then opens it. */
    public void print(Paper paper) {
        OrderFile f = file.get();
        if (f == null) {
            return;
        }
        if (!available().contains(paper)) {
            ctx.dialogs().showError(label(paper), m().get(paper == Paper.DEMANDE_REMBOURSEMENT
                    ? "order.paper.noRefund" : "order.paper.none"));
            return;
        }
        Path folder = desk.papers().documentsFolder();
        String number = f.order().number() == null ? f.orderId().toString().substring(0, 8) : f.order().number();
        Optional<Path> target = desk.files().saveAs(m().get("order.paper.save", label(paper)), folder,
                Papers.fileName(baseName(paper), number, Papers.PDF), m().get("order.paper.filter"), Papers.PDF);
        if (target.isEmpty()) {
            return;
        }
        Path path = target.get();
        busy.accept(true);
        tell.accept(m().get("order.paper.writing", label(paper)));
        ctx.executor().execute(BackgroundTask.of(() -> {
                    Path parent = path.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    desk.papers().write(paper, f, path);
                    return path;
                })
                .onSuccess(written -> {
                    tell.accept(m().get("order.paper.saved", label(paper), written.toString()));
                    desk.files().open(written);
                })
                .onFailure(e -> {
                    tell.accept("");
                    ctx.dialogs().showError(m().get("order.paper.failed", label(paper)), String.valueOf(e.getMessage()));
                })
                .onFinished(() -> busy.accept(false)));
    }

    private Messages m() {
        return ctx.messages();
    }
}
