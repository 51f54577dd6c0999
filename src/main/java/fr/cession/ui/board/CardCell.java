package fr.cession.ui.board;

import atlantafx.base.theme.Styles;
import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.order.HandoverMode;
import fr.cession.ui.i18n.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Map;

/**
 * A card of the board. The layout is built once per cell; while scrolling only texts already
 * drawn by {@link BoardCards} are copied in (no clock, no rule, no formatting here).
 */
final class CardCell extends ListCell<BoardCard> {

    /** A card's border says when its activity is due (cession.css: {@code .card:late}, {@code :today}, {@code :planned}). */
    private static final Map<ActivityTiming, PseudoClass> TIMING = Map.of(
            ActivityTiming.EN_RETARD, PseudoClass.getPseudoClass("late"),
            ActivityTiming.AUJOURDHUI, PseudoClass.getPseudoClass("today"),
            ActivityTiming.PLANIFIEE, PseudoClass.getPseudoClass("planned"));

    private final Hyperlink number = new Hyperlink();
    private final Tooltip openTip = new Tooltip();
    private final Label customer = new Label();
    private final Label activity = new Label();
    private final Label others = new Label();
    private final Label vehicle = new Label();
    private final Label due = new Label();
    private final Tooltip dueInFull = new Tooltip();
    private final Label payment = new Label();
    private final Label handover = new Label();
    private final FontIcon delivery = new FontIcon(Material2AL.LOCAL_SHIPPING);
    private final FontIcon store = new FontIcon(Material2MZ.STORE);
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final HBox checklist;
    private final Label warning = new Label();
    private final Label stage = new Label();
    private final RedFlagBadge redFlag;
    private final VBox box;
    private final Messages m;

    CardCell(BoardViewModel vm, Messages m) {
        this(vm, m, card -> { });
    }

    /** @param dragStarted told which card a drag carries (the board's columns accept it or not) */
    CardCell(BoardViewModel vm, Messages m, java.util.function.Consumer<BoardCard> dragStarted) {
        this.m = m;
        this.redFlag = new RedFlagBadge(vm.redFlags(), m);
        number.getStyleClass().add("order-number");
        number.setTooltip(openTip);
        // one click on the number opens the order, as a link does; the rest of the card selects it
        number.setOnAction(e -> vm.open(getItem()));
        number.setFocusTraversable(false);
        // the order number is what users look for on a card: it never gets cut
        number.setMinWidth(Region.USE_PREF_SIZE);
        customer.getStyleClass().add(Styles.TEXT_BOLD);
        customer.setWrapText(true);
        activity.getStyleClass().add(Styles.TEXT_SMALL);
        activity.setWrapText(true);
        others.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        vehicle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        vehicle.setWrapText(true);
        due.setGraphic(new FontIcon(Material2AL.ACCESS_TIME));
        due.setTooltip(dueInFull);
        due.setMinWidth(Region.USE_PREF_SIZE);
        payment.setGraphic(new FontIcon(Material2AL.EURO_SYMBOL));
        payment.getStyleClass().add(Styles.TEXT_SMALL);
        handover.getStyleClass().add(Styles.TEXT_SMALL);
        handover.setWrapText(true);
        progress.setPrefWidth(50);
        // the bar gives way before the "done/total" figures do, in a narrow column
        progress.setMinWidth(0);
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        progress.getStyleClass().add(Styles.SMALL);
        warning.getStyleClass().add("card-warning");
        warning.setGraphic(new FontIcon(Material2AL.BLOCK));
        warning.setWrapText(true);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        // a column can be 200 px narrow and an order number 15 characters: the due date gets its own line
        checklist = new HBox(6, due, spring, progress, progressText);
        checklist.setAlignment(Pos.CENTER_LEFT);
        VBox modes = new VBox(2, payment, handover);
        stageLabel();
        box = new VBox(3, number, customer, activity, others, checklist, vehicle, modes, stage, warning, redFlag,
                quickActions(vm));
        box.getStyleClass().add("card");
        box.setMinWidth(0);
        setPrefWidth(0);
        dragSource(dragStarted);
    }

    // ---- time in stage (its computation moves to the view model later: only drawing here)

    private void stageLabel() {
        stage.getStyleClass().addAll("card-stage", Styles.TEXT_SMALL);
        stage.setGraphic(new FontIcon(Material2MZ.TIMER));
        stage.setWrapText(true);
    }

    private void showStage(BoardCard c) {
        StageTime t = c.stage() == null ? StageTime.UNKNOWN : c.stage();
        stage.setText(t.text());
        stage.setVisible(t.known());
        stage.setManaged(t.known());
        stage.pseudoClassStateChanged(STUCK, t.stuck());
        box.pseudoClassStateChanged(STUCK, t.stuck());
    }

    private static final javafx.css.PseudoClass STUCK = javafx.css.PseudoClass.getPseudoClass("stuck");

    // ---- quick actions: tick the next line, log a call, open

    private HBox quickActions(BoardViewModel vm) {
        Button tick = action(Material2AL.CHECK_BOX, "board.card.tickNext", "card-tick", () -> vm.moves().tickNext(getItem()));
        Button call = action(Material2MZ.PHONE, "board.card.logCall", "card-call", () -> vm.moves().logCall(getItem()));
        Button open = action(Material2MZ.OPEN_IN_NEW, "board.card.openShort", "card-open", () -> vm.open(getItem()));
        HBox bar = new HBox(2, tick, call, open);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("card-actions");
        return bar;
    }

    private Button action(org.kordamp.ikonli.Ikon icon, String tipKey, String styleClass, Runnable run) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT,
                atlantafx.base.theme.Styles.SMALL, styleClass);
        b.setTooltip(new Tooltip(m.get(tipKey)));
        b.setFocusTraversable(false);
        b.setOnAction(e -> run.run());
        return b;
    }

    // ---- drag to the next stage's column

    private void dragSource(java.util.function.Consumer<BoardCard> dragStarted) {
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            javafx.scene.input.Dragboard db = startDragAndDrop(javafx.scene.input.TransferMode.MOVE);
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(getItem().orderNumber());
            db.setContent(content);
            dragStarted.accept(getItem());
            e.consume();
        });
        setOnDragDone(e -> dragStarted.accept(null));
    }

    /**
     * A cell's skin asks its graphic for its height without a width, so wrapped lines (an activity
     * title, a hand-over) would be cut with "…": the card's height is the one it needs at the
     * cell's width.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        double inside = width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + box.prefHeight(inside) + snappedBottomInset();
    }

    @Override
    protected void updateItem(BoardCard c, boolean empty) {
        super.updateItem(c, empty);
        for (Map.Entry<ActivityTiming, PseudoClass> t : TIMING.entrySet()) {
            box.pseudoClassStateChanged(t.getValue(), !empty && c != null && c.timing() == t.getKey());
        }
        if (empty || c == null) {
            setGraphic(null);
            return;
        }
        number.setText(c.orderNumber());
        number.setVisited(false);
        number.setUserData(c.orderId());
        openTip.setText(m.get("board.card.open", c.orderNumber()));
        customer.setText(c.customer());
        activity.setText(c.activity());
        others.setText(c.others());
        others.setVisible(!c.others().isEmpty());
        others.setManaged(!c.others().isEmpty());
        vehicle.setText(c.vehicle());
        due.setText(c.due());
        dueInFull.setText(c.dueInFull());
        due.setVisible(c.hasActivity());
        checklist.setVisible(c.hasActivity());
        checklist.setManaged(c.hasActivity());
        payment.setText(c.payment());
        handover.setText(c.handover());
        handover.setGraphic(c.handoverMode() == HandoverMode.LIVRAISON ? delivery : store);
        progress.setProgress(c.itemsTotal() == 0 ? 0 : (double) c.itemsDone() / c.itemsTotal());
        progress.setVisible(c.hasActivity());
        progress.setManaged(c.hasActivity());
        progressText.setText(c.progress());
        warning.setText(c.warning());
        warning.setVisible(c.hasWarning());
        warning.setManaged(c.hasWarning());
        showStage(c);
        redFlag.show(c.orderId());
        setGraphic(box);
    }
}
