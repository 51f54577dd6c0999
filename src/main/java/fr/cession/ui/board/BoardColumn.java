package fr.cession.ui.board;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * One column of the board: an order status or an activity type, its cards once filtered, and
 * its header (count and total amount). Closed and cancelled orders pile up: their columns start
 * collapsed, showing only their header, and unfold while a search finds something in them.
 */
public final class BoardColumn {

    private final String key;
    private final String title;
    private final boolean collapsible;
    private final ObservableList<BoardCard> cards = FXCollections.observableArrayList();
    private final ObservableList<BoardCard> readOnlyCards = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty collapsed = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper folded = new ReadOnlyBooleanWrapper();
    private boolean searching;

    BoardColumn(String key, String title, boolean collapsible, boolean collapsed) {
        this.key = key;
        this.title = title;
        this.collapsible = collapsible;
        this.collapsed.set(collapsible && collapsed);
        this.collapsed.addListener((o, a, n) -> refold());
        refold();
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public boolean collapsible() {
        return collapsible;
    }

    public ObservableList<BoardCard> cards() {
        return readOnlyCards;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "12 commandes · 245 300 €": the header under the title. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The user's choice to fold the column (only a collapsible column folds). */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    /** Whether the column shows its header only: collapsed, unless a search found cards in it. */
    public ReadOnlyBooleanProperty foldedProperty() {
        return folded.getReadOnlyProperty();
    }

    /** Folds an unfolded column (even one a search unfolded), unfolds a folded one. */
    public void toggle() {
        if (!collapsible) {
            return;
        }
        if (folded.get()) {
            collapsed.set(false);
        } else {
            searching = false;
            collapsed.set(true);
            refold();
        }
    }

    void show(List<BoardCard> shown, String header, boolean search) {
        cards.setAll(shown);
        count.set(shown.size());
        summary.set(header);
        searching = search;
        refold();
    }

    private void refold() {
        folded.set(collapsible && collapsed.get() && !(searching && count.get() > 0));
    }
}
