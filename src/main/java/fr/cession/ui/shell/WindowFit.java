package fr.cession.ui.shell;

import javafx.geometry.Rectangle2D;

import java.util.List;
import java.util.Optional;

/**
 * Where the window opens: where it was left if that is still on a screen (a screen unplugged
 * since, or a smaller one, must not leave it out of reach), else the primary screen's usable
 * area, so that nothing, the status bar included, falls under the task bar or off the screen.
 */
public final class WindowFit {

    /** How much of the title bar must be on a screen for the user to grab it. */
    static final double GRAB_WIDTH = 120;
    static final double GRAB_HEIGHT = 30;

    private WindowFit() {
    }

    /**
     * @param screens the usable area (visual bounds) of every screen
     * @param primary the primary screen's usable area
     */
    public static WindowPlacement choose(Optional<WindowPlacement> saved, List<Rectangle2D> screens,
                                         Rectangle2D primary) {
        if (saved.isPresent()) {
            WindowPlacement p = saved.get();
            Rectangle2D titleBar = new Rectangle2D(p.x(), p.y(), Math.max(1, p.width()), GRAB_HEIGHT);
            for (Rectangle2D screen : screens) {
                if (overlap(titleBar, screen, GRAB_WIDTH, GRAB_HEIGHT / 2)) {
                    return fitted(p, screen);
                }
            }
        }
        return WindowPlacement.of(primary, false);
    }

    /** The saved bounds, no larger than the screen they are on and moved back inside it. */
    private static WindowPlacement fitted(WindowPlacement p, Rectangle2D screen) {
        double w = Math.min(p.width(), screen.getWidth());
        double h = Math.min(p.height(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(p.x(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(p.y(), screen.getMaxY() - h));
        return new WindowPlacement(x, y, w, h, p.maximized());
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b, double minWidth, double minHeight) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w >= Math.min(minWidth, a.getWidth()) && h >= minHeight;
    }
}
