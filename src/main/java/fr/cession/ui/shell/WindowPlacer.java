package fr.cession.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.List;
import java.util.function.Supplier;

/**
 * Opens the main window where {@link WindowFit} says and keeps, while it is shown, its last
 * bounds outside the maximised state; when it closes, stores them with the maximised flag.
 */
public final class WindowPlacer {

    /** Below this the screens stop being usable; a smaller screen still gets the whole window. */
    private static final double MIN_WIDTH = 960;
    private static final double MIN_HEIGHT = 560;

    private final WindowPlacementStore store;
    private final Supplier<List<Rectangle2D>> screens;
    private final Supplier<Rectangle2D> primary;
    private Rectangle2D normal;

    public WindowPlacer(WindowPlacementStore store, Supplier<List<Rectangle2D>> screens,
                        Supplier<Rectangle2D> primary) {
        this.store = store;
        this.screens = screens;
        this.primary = primary;
    }

    /** The real screens of this machine. */
    public static WindowPlacer onScreens(WindowPlacementStore store) {
        return new WindowPlacer(store, () -> Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                () -> Screen.getPrimary().getVisualBounds());
    }

    /** Sizes and places the stage before it is shown, and remembers where it is left. */
    public WindowPlacement place(Stage stage) {
        WindowPlacement p = WindowFit.choose(store.load(), screens.get(), primary.get());
        normal = p.bounds();
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMinWidth(Math.min(MIN_WIDTH, p.width()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, p.height()));
        stage.setMaximized(p.maximized());
        stage.xProperty().addListener((o, a, b) -> track(stage));
        stage.yProperty().addListener((o, a, b) -> track(stage));
        stage.widthProperty().addListener((o, a, b) -> track(stage));
        stage.heightProperty().addListener((o, a, b) -> track(stage));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> store.save(WindowPlacement.of(normal, stage.isMaximized())));
        return p;
    }

    private void track(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }
}
