package fr.cession.ui.board;

import atlantafx.base.theme.Styles;
import fr.cession.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Above the columns: why a card went back to its column (the workflow's reasons, one a line), or
 * what a quick action did; the order's number opens it, the cross closes the notice.
 */
final class BoardNoticeBar extends HBox {

    BoardNoticeBar(BoardViewModel vm, Messages m) {
        super(10);
        setId("board-notice");
        setAlignment(Pos.TOP_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        VBox.setMargin(this, new Insets(0, 16, 0, 16));
        Label title = new Label();
        title.setId("board-notice-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = new Label();
        text.setId("board-notice-text");
        text.setWrapText(true);
        Hyperlink open = new Hyperlink();
        open.setId("board-notice-open");
        VBox texts = new VBox(2, title, text, open);
        HBox.setHgrow(texts, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip(m.get("board.notice.close")));
        close.setOnAction(e -> vm.moves().dismiss());
        getChildren().addAll(new FontIcon(Material2AL.INFO), texts, close);
        Runnable show = () -> {
            BoardMoves.Notice n = vm.moves().noticeProperty().get();
            setVisible(n != null);
            setManaged(n != null);
            getStyleClass().removeAll("notice-refused", "notice-done");
            if (n == null) {
                return;
            }
            getStyleClass().add(n.refused() ? "notice-refused" : "notice-done");
            title.setText(n.title());
            text.setText(n.text());
            open.setText(m.get("board.card.open", n.orderNumber()));
            open.setOnAction(e -> vm.openOrder(n.orderId()));
        };
        vm.moves().noticeProperty().addListener((o, a, n) -> show.run());
        show.run();
    }
}
