package fr.cession.ui.board;

import atlantafx.base.theme.Styles;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.ExportFormat;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** "Exporter…" at the board's top right (Ctrl+Maj+E), and what the last export did beside it. */
final class BoardExportBar extends HBox {

    static final KeyCombination KEYS = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final MenuButton menu = new MenuButton();

    BoardExportBar(BoardExport export, Messages m) {
        super(10);
        setAlignment(Pos.BASELINE_RIGHT);
        menu.setText(m.get("board.export.menu"));
        menu.setId("board-export");
        menu.setGraphic(new FontIcon(Material2AL.GET_APP));
        menu.setTooltip(new Tooltip(m.get("board.export.tip")));
        menu.disableProperty().bind(export.runningProperty());
        menu.setMinWidth(Region.USE_PREF_SIZE);
        MenuItem csv = new MenuItem(m.get("board.export.csv"));
        csv.setId("board-export-csv");
        csv.setOnAction(e -> export.export(ExportFormat.CSV));
        MenuItem xlsx = new MenuItem(m.get("board.export.xlsx"));
        xlsx.setId("board-export-xlsx");
        xlsx.setOnAction(e -> export.export(ExportFormat.XLSX));
        menu.getItems().setAll(csv, xlsx);
        Label notice = new Label();
        notice.setId("board-export-notice");
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        notice.textProperty().bind(export.noticeProperty());
        // the notice names the file; its full path is in the tooltip
        Tooltip where = new Tooltip();
        where.textProperty().bind(export.lastFileProperty().map(Object::toString));
        export.lastFileProperty().addListener((o, a, file) -> notice.setTooltip(file == null ? null : where));
        notice.setMinWidth(0);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setAlignment(Pos.BASELINE_RIGHT);
        HBox.setHgrow(notice, Priority.ALWAYS);
        getChildren().addAll(notice, menu);
    }

    /**
     * Ctrl+Maj+E on the scene while {@code board} is on it (the shell swaps screens in and out), so it
     * works wherever the keyboard is on the board.
     */
    void shortcutWhileShown(Node board) {
        EventHandler<KeyEvent> filter = e -> {
            if (KEYS.match(e) && getScene() != null) {
                showMenu();
                e.consume();
            }
        };
        board.sceneProperty().addListener((o, before, after) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
            if (after != null) {
                after.addEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
        });
    }

    void showMenu() {
        if (!menu.isDisabled() && !menu.isShowing()) {
            menu.show();
        }
    }
}
