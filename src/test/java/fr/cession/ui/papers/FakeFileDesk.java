package fr.cession.ui.papers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The save dialog answered with the proposed name in the proposed folder; the files "opened" are kept. */
public final class FakeFileDesk implements FileDesk {

    public final List<String> proposed = new CopyOnWriteArrayList<>();
    public final List<Path> opened = new CopyOnWriteArrayList<>();
    /** Set to cancel the next save dialogs. */
    public volatile boolean cancel;

    @Override
    public Optional<Path> saveAs(String title, Path folder, String fileName, String filter, String extension) {
        proposed.add(fileName);
        return cancel ? Optional.empty() : Optional.of(folder.resolve(fileName));
    }

    @Override
    public void open(Path file) {
        opened.add(file);
    }
}
