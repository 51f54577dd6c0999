package fr.cession.ui.board;

import fr.cession.domain.order.OrderStatus;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Arrays;

/**
 * Moving a card on the board: dragged to another stage's column, or with the keyboard on the
 * selected card (Ctrl+Entrée or Ctrl+→ to the next stage, Espace ticks its next line, A logs a
 * call). The workflow decides; the board shows its refusal and the card stays where it was.
 */
final class CardMoving {

    private final BoardViewModel vm;
    /** The card a drag carries, from its cell to the column it is dropped on. */
    private BoardCard dragged;

    CardMoving(BoardViewModel vm) {
        this.vm = vm;
    }

    /** A drag started with {@code card}, or ended (null). */
    void dragging(BoardCard card) {
        dragged = card;
    }

    private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");

    /** In the order mode, a stage's column takes a card of another stage; the workflow decides. */
    void dropTarget(ListView<BoardCard> list, BoardColumn col) {
        list.setOnDragOver(e -> {
            if (accepts(col)) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragEntered(e -> list.pseudoClassStateChanged(DROP_TARGET, accepts(col)));
        list.setOnDragExited(e -> list.pseudoClassStateChanged(DROP_TARGET, false));
        list.setOnDragDropped(e -> {
            boolean taken = accepts(col);
            if (taken) {
                vm.moves().moveTo(dragged, OrderStatus.valueOf(col.key()));
            }
            dragged = null;
            list.pseudoClassStateChanged(DROP_TARGET, false);
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    private boolean accepts(BoardColumn col) {
        return dragged != null && vm.groupingProperty().get() == BoardGrouping.ETAPE_COMMANDE
                && !col.key().equals(dragged.status().name()) && isStage(col.key());
    }

    private static boolean isStage(String key) {
        return Arrays.stream(OrderStatus.values()).anyMatch(s -> s.name().equals(key));
    }

    /** A card's own keys: Ctrl+Entrée or Ctrl+→ moves it on, Espace ticks its next line, A logs a call. */
    boolean key(KeyEvent e, BoardCard card) {
        if (card == null) {
            return false;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.RIGHT)) {
            vm.moves().advance(card);
            return true;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        if (e.getCode() == KeyCode.SPACE) {
            vm.moves().tickNext(card);
            return true;
        }
        if (e.getCode() == KeyCode.A) {
            vm.moves().logCall(card);
            return true;
        }
        return false;
    }

}
