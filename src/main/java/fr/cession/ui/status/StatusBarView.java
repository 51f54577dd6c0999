package fr.cession.ui.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The bar at the bottom of the window. */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel vm, ObservableBooleanValue busy) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 12, 4, 12));
        Label user = new Label();
        user.setId("status-user");
        user.textProperty().bind(vm.userProperty());
        user.setGraphic(new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        Label connection = new Label();
        connection.setId("status-connection");
        connection.textProperty().bind(vm.connectionProperty());
        FontIcon cloud = new FontIcon(Material2AL.CLOUD_OFF);
        vm.onlineProperty().addListener((o, was, is) -> cloud.setIconCode(is ? Material2AL.CLOUD_DONE
                : Material2AL.CLOUD_OFF));
        if (vm.onlineProperty().get()) {
            cloud.setIconCode(Material2AL.CLOUD_DONE);
        }
        connection.setGraphic(cloud);
        Label pending = new Label();
        pending.setId("status-pending");
        pending.textProperty().bind(vm.pendingProperty());
        pending.setGraphic(new FontIcon(Material2MZ.SYNC));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(busy);
        getChildren().addAll(user, new Separator(Orientation.VERTICAL), connection,
                new Separator(Orientation.VERTICAL), pending, spring, progress);
    }
}
