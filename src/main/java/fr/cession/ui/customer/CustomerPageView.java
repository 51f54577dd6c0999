package fr.cession.ui.customer;

import atlantafx.base.theme.Styles;
import fr.cession.ui.i18n.Messages;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The customer's page: their orders, contact reports, documents, payments and open problems,
 * one section each; Enter or a double click on a row opens its order.
 */
public final class CustomerPageView extends BorderPane {

    public CustomerPageView(CustomerPageViewModel vm, Messages m) {
        setId("customer-page");
        Label title = new Label();
        title.setId("customer-title");
        title.getStyleClass().add(Styles.TITLE_2);
        title.textProperty().bind(vm.titleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.loadingProperty());
        VBox content = new VBox(12, new HBox(12, title, busy),
                section(m.get("customer.section.problems"), "customer-problems", vm.problems(), vm, m),
                section(m.get("customer.section.orders"), "customer-orders", vm.orders(), vm, m),
                section(m.get("customer.section.contacts"), "customer-contacts", vm.contacts(), vm, m),
                section(m.get("customer.section.documents"), "customer-documents", vm.documents(), vm, m),
                section(m.get("customer.section.payments"), "customer-payments", vm.payments(), vm, m));
        content.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    private static VBox section(String heading, String id, ObservableList<CustomerPageViewModel.Line> lines,
                                CustomerPageViewModel vm, Messages m) {
        Label l = new Label(heading);
        l.getStyleClass().add(Styles.TITLE_4);
        ListView<CustomerPageViewModel.Line> list = new ListView<>(lines);
        list.setId(id);
        list.setPlaceholder(new Label(m.get("customer.empty")));
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerPageViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
                setWrapText(true);
                // a cell as wide as the list, so a long report wraps instead of scrolling sideways
                setPrefWidth(0);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox box = new VBox(6, l, list);
        box.getStyleClass().add("section-card");
        box.setPadding(new Insets(12));
        return box;
    }
}
