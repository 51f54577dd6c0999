package fr.cession.ui.conflict;

import atlantafx.base.theme.Styles;
import fr.cession.ui.i18n.Messages;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * « Renuméroter… »: the new number, and under the field why it was refused. The dialog stays open
 * on a refusal (its OK is held back until the store said yes) and closes once the number is the order's.
 */
final class RenumberDialog {

    private RenumberDialog() {
    }

    static void show(Renumbering model, Messages m, Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(m.get("tofix.renumber.title"));
        dialog.setHeaderText(m.get("tofix.renumber.header", model.current()));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType ok = new ButtonType(m.get("tofix.renumber.submit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setId("renumber-dialog");

        TextField field = new TextField();
        field.setId("renumber-field");
        field.textProperty().bindBidirectional(model.numberProperty());
        field.setPrefColumnCount(24);
        Label label = new Label(m.get("tofix.renumber.field"));
        label.setLabelFor(field);
        Label error = new Label();
        error.setId("renumber-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label hint = new Label(m.get("tofix.renumber.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(6, label, field, error, hint);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);

        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("renumber-submit");
        okButton.disableProperty().bind(model.busyProperty());
        // the dialog must not close on OK: the number is checked off the FX thread, the answer closes it or says why not
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.submit();
        });
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setId("renumber-cancel");
        model.errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                // the reason takes lines the dialog did not have: it grows to show it whole
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                field.requestFocus();
                field.selectAll();
            }
        });
        model.doneProperty().addListener((o, was, now) -> {
            if (now) {
                dialog.close();
            }
        });
        dialog.setOnHidden(e -> model.cancel());
        dialog.show();
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
    }
}
