package fr.cession.ui.shell;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window stands: its bounds when not maximised, and whether it is maximised (so
 * that leaving the maximised state gives back the size the user chose).
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    public static WindowPlacement of(Rectangle2D r, boolean maximized) {
        return new WindowPlacement(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), maximized);
    }

    public Rectangle2D bounds() {
        return new Rectangle2D(x, y, Math.max(0, width), Math.max(0, height));
    }
}
