package fr.cession.ui.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The window's placement in the user's preferences ({@code java.util.prefs}, per user and per
 * machine, like the screens it describes). Reads and writes go to the preferences' memory; the
 * JDK writes them to disk on its own thread and at exit, so calling this on the FX thread is cheap.
 */
public final class PreferencesPlacementStore implements WindowPlacementStore {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesPlacementStore.class);
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";

    private final Preferences node;

    /** The desktop's own node: {@code fr/cession/desktop/window} under the user's root. */
    public static PreferencesPlacementStore forUser() {
        return new PreferencesPlacementStore(Preferences.userRoot().node("fr/cession/desktop/window"));
    }

    public PreferencesPlacementStore(Preferences node) {
        this.node = node;
    }

    @Override
    public Optional<WindowPlacement> load() {
        try {
            double w = node.getDouble(WIDTH, -1);
            double h = node.getDouble(HEIGHT, -1);
            if (w <= 0 || h <= 0) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlacement(node.getDouble(X, 0), node.getDouble(Y, 0), w, h,
                    node.getBoolean(MAXIMIZED, false)));
        } catch (RuntimeException e) {
            // unreadable preferences: the window simply opens on the screen's usable area
            LOG.warn("Position de la fenêtre illisible, fenêtre ouverte à la taille de l'écran", e);
            return Optional.empty();
        }
    }

    @Override
    public void save(WindowPlacement p) {
        try {
            node.putDouble(X, p.x());
            node.putDouble(Y, p.y());
            node.putDouble(WIDTH, p.width());
            node.putDouble(HEIGHT, p.height());
            node.putBoolean(MAXIMIZED, p.maximized());
        } catch (RuntimeException e) {
            LOG.warn("Position de la fenêtre non enregistrée", e);
        }
    }
}
