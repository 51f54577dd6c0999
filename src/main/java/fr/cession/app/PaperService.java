package fr.cession.app;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.papers.PaperPrinter;
import fr.cession.papers.Table;
import fr.cession.papers.TableExport;
import fr.cession.ui.papers.ExportFormat;
import fr.cession.ui.papers.ExportTable;
import fr.cession.ui.papers.Paper;
import fr.cession.ui.papers.Papers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The screens' papers over {@code fr.cession.papers}: the PDFs of an order and the exports of a
 * list, written to a temporary file beside the target and moved into place, so that a failure never
 * leaves half a PDF where the person will look for it.
 */
public final class PaperService implements Papers {

    private final PaperPrinter printer;
    private final Path documents;

    /** @param documents the person's {@code documents/} folder in their data folder (created when first used) */
    public PaperService(PaperPrinter printer, Path documents) {
        this.printer = printer;
        this.documents = documents;
    }

    @Override
    public Path documentsFolder() {
        try {
            Files.createDirectories(documents);
        } catch (IOException e) {
            // the save dialog then opens where the system decides; writing elsewhere still works
            return documents.getParent() == null ? documents : documents.getParent();
        }
        return documents;
    }

    @Override
    public List<Paper> available(OrderFile file) {
        List<Paper> papers = new ArrayList<>(List.of(Paper.BON_DE_COMMANDE, Paper.CHECKLIST_REMISE));
        if (PaperPrinter.hasRefundRequest(file)) {
            papers.add(Paper.DEMANDE_REMBOURSEMENT);
        }
        return papers;
    }

    @Override
    public void write(Paper paper, OrderFile file, Path target) throws IOException {
        writeAtomically(target, out -> {
            switch (paper) {
                case BON_DE_COMMANDE -> printer.orderForm(file, out);
                case CHECKLIST_REMISE -> printer.handoverChecklist(file, out);
                case DEMANDE_REMBOURSEMENT -> printer.refundRequest(file, out);
            }
        });
    }

    @Override
    public void export(ExportTable table, ExportFormat format, Path target) throws IOException {
        Table t = new Table(table.sheetName(), table.headers(), table.rows());
        writeAtomically(target, out -> {
            switch (format) {
                case CSV -> TableExport.csv(t, out);
                case XLSX -> TableExport.xlsx(t, out);
            }
        });
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Body body) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, ".cession-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
