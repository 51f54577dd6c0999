package fr.cession.ui.papers;

import fr.cession.domain.dossier.OrderFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the screens ask of the papers: the PDFs of an order and the exports of a list. Implemented
 * in the composition root over {@code fr.cession.papers}, so the screens know no PDF or spreadsheet
 * library. Every method writes files: call them off the FX thread.
 */
public interface Papers {

    /** The papers' extension. */
    String PDF = "pdf";

    /** "bon-de-commande-LYON-2026-0042.pdf": a name any file system takes, whatever the order number holds. */
    static String fileName(String base, String suffix, String extension) {
        String tail = suffix == null || suffix.isBlank() ? "" : "-" + suffix.strip().replaceAll("[^A-Za-z0-9_-]+", "-");
        return base + tail + "." + extension;
    }

    /** Nothing to print (a desktop built without papers, e.g. in older tests): no action is offered. */
    Papers NONE = new Papers() {
        @Override
        public Path documentsFolder() {
            return Path.of(System.getProperty("user.home"));
        }

        @Override
        public List<Paper> available(OrderFile file) {
            return List.of();
        }

        @Override
        public void write(Paper paper, OrderFile file, Path target) throws IOException {
            throw new IOException("no papers on this desktop");
        }

        @Override
        public void export(ExportTable table, ExportFormat format, Path target) throws IOException {
            throw new IOException("no exports on this desktop");
        }
    };

    /** The person's own {@code documents/} folder in the data folder, where a paper goes unless they choose. */
    Path documentsFolder();

    /** The papers this order can print now: the refund request only while it has one (waiting or approved). */
    List<Paper> available(OrderFile file);

    void write(Paper paper, OrderFile file, Path target) throws IOException;

    void export(ExportTable table, ExportFormat format, Path target) throws IOException;
}
