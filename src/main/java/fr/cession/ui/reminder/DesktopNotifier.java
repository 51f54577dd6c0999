package fr.cession.ui.reminder;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shows the reminders: a ControlsFX notification in the window's corner (a click opens the order),
 * and the same in the system tray where the system has one. Asks the center each minute, so an
 * activity falling due within the hour is told without waiting for a read of the data.
 */
public final class DesktopNotifier implements Consumer<Reminder>, AutoCloseable {

    static final Duration EACH = Duration.minutes(1);

    private final ReminderCenter center;
    private final Supplier<Window> owner;
    private final TrayNotifier tray;
    private final Timeline ticker;

    public DesktopNotifier(ReminderCenter center, Supplier<Window> owner, TrayNotifier tray) {
        this.center = center;
        this.owner = owner;
        this.tray = tray;
        this.ticker = new Timeline(new KeyFrame(EACH, e -> center.check()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        center.notifyWith(this);
        ticker.play();
    }

    @Override
    public void accept(Reminder r) {
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            Notifications.create()
                    .title(r.title())
                    .text(r.text())
                    .owner(w)
                    .position(Pos.BOTTOM_RIGHT)
                    .hideAfter(r.kind() == ReminderKind.RESUME_MATIN ? Duration.seconds(40) : Duration.seconds(15))
                    .onAction(e -> center.open(r))
                    .show();
        }
        tray.show(r, () -> center.open(r));
    }

    @Override
    public void close() {
        ticker.stop();
        tray.close();
    }
}
