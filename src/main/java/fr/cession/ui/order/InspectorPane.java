package fr.cession.ui.order;

import atlantafx.base.theme.Styles;
import fr.cession.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The order file's line for the hand-over's inspector (004:50): the name, « Inspecteur… »
 * (Ctrl+Maj+I, reachable by Tab too) and, in red, another hand-over they hold at the same time.
 * Hidden for a delivery.
 */
final class InspectorPane extends VBox {

    static final KeyCombination KEY = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    InspectorPane(OrderInspectorViewModel vm, Messages m) {
        super(4);
        setId("order-inspector-pane");
        Label name = new Label(m.get("order.inspector.label"));
        name.getStyleClass().add("text-muted");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label value = new Label();
        value.setId("order-inspector");
        value.getStyleClass().add("text-bold");
        value.textProperty().bind(vm.inspectorProperty());
        Button choose = new Button(m.get("order.inspector.choose"), new FontIcon(Material2MZ.PERSON_SEARCH));
        choose.setId("order-set-inspector");
        choose.getStyleClass().add(Styles.SMALL);
        choose.setTooltip(new Tooltip(m.get("order.inspector.choose.tip")));
        choose.setOnAction(e -> vm.choose());
        HBox line = new HBox(12, name, value, choose);
        line.setAlignment(Pos.CENTER_LEFT);
        Label clash = new Label();
        clash.setId("order-inspector-clash");
        clash.setWrapText(true);
        clash.setGraphic(new FontIcon(Material2AL.EVENT_BUSY));
        clash.textProperty().bind(vm.clashProperty());
        clash.visibleProperty().bind(vm.clashProperty().isNotEmpty());
        clash.managedProperty().bind(clash.visibleProperty());
        getChildren().addAll(line, clash);
        visibleProperty().bind(vm.appliesProperty());
        managedProperty().bind(visibleProperty());
        new OrderShortcuts(this, () -> false, () -> { }).on(KEY, vm::choose);
    }
}
