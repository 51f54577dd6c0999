package fr.cession.ui.dialog;

import fr.cession.ui.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, close());
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, close());
        prepare(alert, title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(messages.get("dialog.yes"), ButtonType.YES.getButtonData());
        ButtonType no = new ButtonType(messages.get("dialog.no"), ButtonType.NO.getButtonData());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        prepare(alert, title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        // the prompt above a full-width field: a reason is a sentence, not the few characters
        // TextInputDialog leaves beside its label
        Dialog<String> dialog = new Dialog<>();
        frenchButtons(dialog);
        prepare(dialog, title);
        dialog.setHeaderText(null);
        javafx.scene.control.Label label = new javafx.scene.control.Label(prompt);
        label.setWrapText(true);
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(initial == null ? "" : initial);
        field.setId("dialog-text");
        field.setPrefColumnCount(48);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, label, field);
        box.setMinWidth(520);
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b != null && b.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? field.getText() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label) {
        List<Choice<T>> choices = options.stream().map(o -> new Choice<>(o, label.apply(o))).toList();
        ChoiceDialog<Choice<T>> dialog = new ChoiceDialog<>(choices.isEmpty() ? null : choices.get(0), choices);
        frenchButtons(dialog);
        prepare(dialog, title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(Choice::value);
    }

    /** JavaFX's own OK / Cancel are English whatever the locale: the bundle's words replace them. */
    private void frenchButtons(Dialog<?> dialog) {
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("dialog.submit"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private ButtonType close() {
        return new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE);
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
    }

    private record Choice<T>(T value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
