package fr.cession.ui.papers;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The system's save dialog, and the system's viewer through the application's HostServices. */
public final class FxFileDesk implements FileDesk {

    private static final Logger LOG = LoggerFactory.getLogger(FxFileDesk.class);

    private final Supplier<Window> owner;
    private final Consumer<String> showDocument;

    /** @param showDocument {@code getHostServices()::showDocument}; it takes a URI */
    public FxFileDesk(Supplier<Window> owner, Consumer<String> showDocument) {
        this.owner = owner;
        this.showDocument = showDocument;
    }

    @Override
    public Optional<Path> saveAs(String title, Path folder, String fileName, String filter, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, "*." + extension));
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        Path p = chosen.toPath();
        // a name typed without its extension still gets it: the viewer picks the program by it
        return Optional.of(p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)
                ? p : p.resolveSibling(p.getFileName() + "." + extension));
    }

    @Override
    public void open(Path file) {
        try {
            showDocument.accept(file.toUri().toString());
        } catch (RuntimeException | AbstractMethodError e) {
            // no viewer here (a headless desktop): the file is written, the notice says where
            LOG.warn("Ouverture de {} impossible : {}", file, e.toString());
        }
    }
}
