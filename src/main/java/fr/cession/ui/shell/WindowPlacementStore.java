package fr.cession.ui.shell;

import java.util.Optional;

/** Where the window was last left, kept between two starts. */
public interface WindowPlacementStore {

    Optional<WindowPlacement> load();

    void save(WindowPlacement placement);

    /** Remembers nothing: the window opens on the screen's usable area each time (tests). */
    WindowPlacementStore NONE = new WindowPlacementStore() {
        @Override
        public Optional<WindowPlacement> load() {
            return Optional.empty();
        }

        @Override
        public void save(WindowPlacement placement) {
            // forgotten on purpose
        }
    };
}
