package fr.cession.ui.board;

import atlantafx.base.theme.Styles;
import fr.cession.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * « Mes filtres »: the filters this person named, chosen from a list; « Enregistrer… » names the
 * filters on screen, the bin forgets the chosen one. A refused name is said beside the list.
 */
final class SavedFilterBar extends HBox {

    SavedFilterBar(BoardViewModel vm, Messages m) {
        super(4);
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<SavedFilter> list = new ComboBox<>(vm.saved().all());
        list.setId("board-saved");
        list.setPromptText(m.get("board.saved.prompt"));
        list.setCellFactory(v -> cell());
        list.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SavedFilter item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? m.get("board.saved.prompt") : item.name());
            }
        });
        // two-way by hand: choosing applies the filter; a filter applied elsewhere (after saving) shows here
        list.valueProperty().addListener((o, a, f) -> {
            if (f != null && !f.equals(vm.chosenProperty().get())) {
                vm.apply(f);
            }
        });
        vm.chosenProperty().addListener((o, a, f) -> list.setValue(f));
        Button save = new Button(m.get("board.saved.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("board-save-filter");
        save.setTooltip(new Tooltip(m.get("board.saved.save.tip")));
        save.setOnAction(e -> vm.askAndSaveFilter());
        Button delete = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("board-delete-filter");
        delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        delete.setTooltip(new Tooltip(m.get("board.saved.delete")));
        delete.disableProperty().bind(list.valueProperty().isNull());
        delete.setOnAction(e -> vm.deleteFilter(list.getValue()));
        Label error = new Label();
        error.setId("board-saved-error");
        error.getStyleClass().add("card-warning");
        error.textProperty().bind(vm.saved().errorProperty());
        error.visibleProperty().bind(vm.saved().errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(list, save, delete, error);
    }

    private static ListCell<SavedFilter> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SavedFilter item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }
}
