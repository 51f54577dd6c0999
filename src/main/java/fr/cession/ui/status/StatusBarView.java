package fr.cession.ui.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
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

    /** @param openConflicts shows the "Conflits" screen, from the conflicts and refusals counts */
    public StatusBarView(StatusBarViewModel vm, ObservableBooleanValue busy, Runnable openConflicts) {
        setId("status-bar");
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
        // in local-only mode there is nothing to count: no lone icon either
        pending.visibleProperty().bind(vm.pendingProperty().isNotEmpty());
        pending.managedProperty().bind(pending.visibleProperty());
        Label last = new Label();
        last.setId("status-last-sync");
        last.textProperty().bind(vm.lastSyncProperty());
        last.setGraphic(new FontIcon(Material2MZ.SCHEDULE));
        hideWhenEmpty(last);
        Hyperlink conflicts = link("status-conflicts", vm.conflictsProperty(), Material2MZ.WARNING, openConflicts);
        Hyperlink refusals = link("status-refusals", vm.refusalsProperty(), Material2AL.BLOCK, openConflicts);
        Label problem = new Label();
        problem.setId("status-problem");
        problem.getStyleClass().add("status-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.setMaxWidth(360);
        hideWhenEmpty(problem);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(busy);
        // the sync facts never shrink; the user's name does, and says itself in full in a tooltip
        for (javafx.scene.control.Labeled l : new javafx.scene.control.Labeled[] {connection, pending, last, conflicts,
                refusals}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.control.Tooltip who = new javafx.scene.control.Tooltip();
        who.textProperty().bind(vm.userProperty());
        user.setTooltip(who);
        user.setMinWidth(80);
        getChildren().addAll(user, new Separator(Orientation.VERTICAL), connection,
                new Separator(Orientation.VERTICAL), pending, last, conflicts, refusals, problem, spring, progress);
    }

    private static Hyperlink link(String id, javafx.beans.value.ObservableStringValue text, org.kordamp.ikonli.Ikon icon,
                                  Runnable action) {
        Hyperlink l = new Hyperlink();
        l.setId(id);
        l.getStyleClass().add("status-attention");
        l.textProperty().bind(text);
        l.setGraphic(new FontIcon(icon));
        l.setOnAction(e -> action.run());
        hideWhenEmpty(l);
        return l;
    }

    private static void hideWhenEmpty(javafx.scene.control.Labeled l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }
}
