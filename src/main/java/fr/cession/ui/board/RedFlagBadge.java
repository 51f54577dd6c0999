package fr.cession.ui.board;

import atlantafx.base.theme.Styles;
import fr.cession.domain.risk.FraudAssessment;
import fr.cession.ui.i18n.Messages;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.Map;
import java.util.UUID;

/**
 * A card's red-flag badge (003:9): shown when the order's flags reach the review threshold, with
 * the score and every reason in its tooltip. It follows the board's flags as they arrive.
 */
final class RedFlagBadge extends Label {

    private final BoardRedFlags flags;
    private final Messages m;
    private final Tooltip tip = new Tooltip();
    private final ChangeListener<Map<UUID, FraudAssessment>> onFlags = (o, a, b) -> update();
    private UUID orderId;

    RedFlagBadge(BoardRedFlags flags, Messages m) {
        this.flags = flags;
        this.m = m;
        getStyleClass().addAll("card-red-flag", Styles.TEXT_SMALL);
        setGraphic(new FontIcon(Material2AL.FLAG));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(300));
        setTooltip(tip);
        flags.flagsProperty().addListener(new WeakChangeListener<>(onFlags));
        update();
    }

    void show(UUID order) {
        this.orderId = order;
        update();
    }

    private void update() {
        FraudAssessment a = orderId == null ? null : flags.flagsProperty().get().get(orderId);
        boolean on = a != null && a.needsReview();
        setVisible(on);
        setManaged(on);
        if (on) {
            setText(m.get("board.card.redFlags", a.score()));
            tip.setText(m.get("board.card.redFlags.tip", a.score(), a.threshold(),
                    String.join("\n", a.flags().stream().map(f -> "• " + f.reason()).toList())));
        }
    }
}
