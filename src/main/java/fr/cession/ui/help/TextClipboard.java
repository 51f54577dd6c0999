package fr.cession.ui.help;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Where copied text goes: the system's clipboard, or a fake in tests (Monocle's clipboard is not the desktop's). */
@FunctionalInterface
public interface TextClipboard {

    /** Called on the FX thread, as JavaFX's clipboard requires. */
    void put(String text);

    /** The system clipboard, as plain text so it pastes anywhere (a mail, a ticket, a chat). */
    static TextClipboard system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
