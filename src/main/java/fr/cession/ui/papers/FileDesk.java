package fr.cession.ui.papers;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file goes (the person chooses it) and opening it once written (the system's viewer), behind
 * one interface: the real one needs a window and the desktop's own services, which tests replace
 * (HostServices throws under Monocle).
 */
public interface FileDesk {

    /**
     * Asks where to save, starting in {@code folder} with {@code fileName} proposed; empty when the
     * person cancels.
     *
     * @param filter the file type's name as shown ("PDF", "Classeur Excel"), {@code extension} without the dot
     */
    Optional<Path> saveAs(String title, Path folder, String fileName, String filter, String extension);

    /** Opens the file with what the system opens it with (a PDF viewer, the spreadsheet). */
    void open(Path file);
}
