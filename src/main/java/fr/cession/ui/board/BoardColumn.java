package fr.cession.ui.board;

import fr.cession.domain.board.ActivityCard;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** One column of the board: an activity type or an order stage, and its cards once filtered. */
public final class BoardColumn {

    private final String key;
    private final String title;
    private final ObservableList<ActivityCard> cards = FXCollections.observableArrayList();
    private final ObservableList<ActivityCard> readOnlyCards = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();

    BoardColumn(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public ObservableList<ActivityCard> cards() {
        return readOnlyCards;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    void show(List<ActivityCard> shown) {
        cards.setAll(shown);
        count.set(shown.size());
    }
}
