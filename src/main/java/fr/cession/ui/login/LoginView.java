package fr.cession.ui.login;

import atlantafx.base.theme.Styles;
import fr.cession.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The login form: identifier, password, Entrée to log in, the refusal or the progress under it. */
public final class LoginView extends StackPane {

    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();

    public LoginView(LoginViewModel vm, Messages m) {
        getStyleClass().add("login-screen");
        Label title = new Label(m.get("login.title"));
        title.getStyleClass().addAll(Styles.TITLE_2, "login-title");
        Label mode = new Label(vm.modeText());
        mode.setId("login-mode");
        mode.getStyleClass().add(Styles.TEXT_MUTED);
        mode.setWrapText(true);

        Label loginLabel = new Label(m.get("login.field.login"));
        loginLabel.setLabelFor(login);
        loginLabel.setMnemonicParsing(true);
        login.setId("login-user");
        login.textProperty().bindBidirectional(vm.loginProperty());
        Label passwordLabel = new Label(m.get("login.field.password"));
        passwordLabel.setLabelFor(password);
        passwordLabel.setMnemonicParsing(true);
        password.setId("login-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        login.setOnAction(e -> password.requestFocus());
        password.setOnAction(e -> vm.submit());

        Button submit = new Button(m.get("login.submit"));
        submit.setId("login-submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(vm.canSubmitProperty().not());
        submit.setOnAction(e -> vm.submit());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("login-progress");
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(vm.busyProperty());
        Label progress = new Label();
        progress.setId("login-progress-text");
        progress.textProperty().bind(vm.progressProperty());
        HBox busyLine = new HBox(8, spinner, progress);
        busyLine.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        Label hint = new Label(m.get("login.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);

        // wrapped texts keep all their lines: the box grows rather than cutting them with "…"
        for (Label wrapped : new Label[] {mode, error, hint}) {
            wrapped.setMinHeight(USE_PREF_SIZE);
        }
        VBox form = new VBox(8, title, mode, loginLabel, login, passwordLabel, password, submit, busyLine, error, hint);
        form.getStyleClass().add("login-form");
        form.setMaxWidth(380);
        form.setMaxHeight(USE_PREF_SIZE);
        // The fields give way while a check runs: the same attempt is not sent twice.
        login.disableProperty().bind(vm.busyProperty());
        password.disableProperty().bind(vm.busyProperty());
        getChildren().add(form);
        setAlignment(Pos.CENTER);
    }

    /** Where the keyboard starts: the identifier, or the password when the identifier is known. */
    public void focusFirstField() {
        if (login.getText() == null || login.getText().isBlank()) {
            login.requestFocus();
        } else {
            password.requestFocus();
        }
    }
}
