package fr.cession.ui.reminder;

import fr.cession.ui.i18n.Messages;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;

/** « Rappels » in the menu bar: each kind of reminder ticked on or off, kept for the person. */
public final class ReminderMenu extends Menu {

    public ReminderMenu(ReminderCenter center, Messages m) {
        super(m.get("reminder.menu"));
        setId("menu-reminders");
        for (ReminderKind k : ReminderKind.values()) {
            CheckMenuItem item = new CheckMenuItem(m.label(k));
            item.setId("menu-reminder-" + k.name());
            item.selectedProperty().bindBidirectional(center.enabledProperty(k));
            getItems().add(item);
        }
    }
}
