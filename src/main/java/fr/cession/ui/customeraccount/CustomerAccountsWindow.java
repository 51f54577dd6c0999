package fr.cession.ui.customeraccount;

import fr.cession.ui.UiContext;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * « Comptes clients » in a window of its own beside the desktop (Ctrl+8, menu Affichage), like the
 * customer's page: an administration kept apart from the day's screens. Escape closes it; one window
 * at a time, brought to the front when asked again.
 */
public final class CustomerAccountsWindow {

    private final UiContext ctx;
    private Stage stage;

    public CustomerAccountsWindow(UiContext ctx) {
        this.ctx = ctx;
    }

    public void open(Node owner) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return;
        }
        stage = new Stage();
        if (owner.getScene() != null) {
            stage.initOwner(owner.getScene().getWindow());
        }
        stage.setTitle(ctx.messages().get("customerAccounts.title"));
        CustomerAccountsView view = new CustomerAccountsView(new CustomerAccountsViewModel(ctx), ctx.messages(),
                ctx.formats());
        Scene scene = new Scene(view, 1100, 720);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        view.focusList();
    }
}
