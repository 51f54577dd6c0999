package fr.cession.ui.reminder;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

/**
 * The system tray's balloon, for a reminder seen while the window is behind others. Only where
 * the system has a tray and a display: headless (tests, a server) or without a tray it does nothing.
 * AWT is driven on its own event thread; a click comes back to the FX thread.
 */
public class TrayNotifier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);

    /** No tray: nothing shown, nothing to close. */
    public static final TrayNotifier NONE = new TrayNotifier(null);

    private final String tooltip;
    private TrayIcon icon;
    private volatile Runnable lastClick = () -> { };

    private TrayNotifier(String tooltip) {
        this.tooltip = tooltip;
    }

    /** The system's tray when it has one and is not headless, else {@link #NONE}. */
    public static TrayNotifier forSystem(String tooltip) {
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return NONE;
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.info("Pas de zone de notification système : {}", e.toString());
            return NONE;
        }
        return new TrayNotifier(tooltip);
    }

    void show(Reminder r, Runnable onClick) {
        if (tooltip == null) {
            return;
        }
        lastClick = onClick;
        EventQueue.invokeLater(() -> {
            try {
                if (icon == null) {
                    icon = new TrayIcon(image(), tooltip);
                    icon.setImageAutoSize(true);
                    icon.addActionListener(e -> Platform.runLater(lastClick));
                    SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(r.title(), r.text(), TrayIcon.MessageType.INFO);
            } catch (AWTException | RuntimeException e) {
                LOG.info("Notification système non affichée : {}", e.toString());
            }
        });
    }

    @Override
    public void close() {
        if (tooltip == null) {
            return;
        }
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
                icon = null;
            }
        });
    }

    private static BufferedImage image() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x0969DA));
        g.fillOval(1, 1, 14, 14);
        g.setColor(Color.WHITE);
        g.fillRect(7, 4, 2, 6);
        g.fillRect(7, 11, 2, 2);
        g.dispose();
        return img;
    }
}
