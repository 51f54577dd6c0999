package fr.cession.ui.order;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The order file's keyboard shortcuts, live only while the order file is on screen. They sit on
 * the scene (ahead of the window's own keys), so they work wherever the keyboard is, and Escape
 * closes an open form before it goes back to the previous screen.
 */
final class OrderShortcuts {

    static final KeyCombination ADVANCE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PAYMENT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination HANDOVER = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REQUEST = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination CUSTOMER = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination VEHICLE = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RECEPTION = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REASSIGN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ADD_ACTIVITY = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination MOVE_DUE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** P for "papier": Ctrl+P records a payment. */
    static final KeyCombination PAPERS = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** G for "grand livre": the keyboard goes to the order's ledger. */
    static final KeyCombination LEDGER = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** K for "compte rendu de contact" (C copies). */
    static final KeyCombination CONTACT = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    /** O for "officialiser les accords". */
    static final KeyCombination AGREEMENT = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination FOLLOW_UP = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** U for "utilisateur": the customer's page. */
    static final KeyCombination CUSTOMER_PAGE = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** K for « réclamation »: the buyer asks for a fix (001:35). */
    static final KeyCombination COMPLAINT = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** The buyer gives the vehicle back within the seven days (003:6). */
    static final KeyCombination RETURN = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();
    private final BooleanSupplier formOpen;
    private final Runnable closeForm;
    private final EventHandler<KeyEvent> filter = this::key;

    OrderShortcuts(Node view, BooleanSupplier formOpen, Runnable closeForm) {
        this.formOpen = formOpen;
        this.closeForm = closeForm;
        view.sceneProperty().addListener((o, before, after) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
            if (after != null) {
                after.addEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
        });
    }

    OrderShortcuts on(KeyCombination keys, Runnable action) {
        actions.put(keys, action);
        return this;
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && formOpen.getAsBoolean()) {
            closeForm.run();
            e.consume();
            return;
        }
        for (Map.Entry<KeyCombination, Runnable> a : actions.entrySet()) {
            if (a.getKey().match(e)) {
                a.getValue().run();
                e.consume();
                return;
            }
        }
    }
}
