package fr.cession.ui.neworder;

import atlantafx.base.theme.Styles;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.Arrays;

/** The new-order form; each field shows its problem (and apart, its warning) under it as the user types. */
public final class NewOrderView extends ScrollPane {

    private final NewOrderViewModel vm;
    private final Messages m;
    private final GridPane grid = new GridPane();
    private int row;
    private TextField first;
    private javafx.scene.Node[] lastRow;
    private final java.util.List<javafx.scene.Node[]> creditRows = new java.util.ArrayList<>();

    public NewOrderView(NewOrderViewModel vm, Messages m, Runnable cancel) {
        this.vm = vm;
        this.m = m;
        setId("new-order-view");
        setFitToWidth(true);
        Label title = new Label(m.get("form.title"));
        title.getStyleClass().add("title-2");
        grid.setHgap(12);
        grid.setVgap(2);

        section("form.section.customer");
        ComboBox<CustomerKind> kind = enumBox("form-kind", CustomerKind.values());
        kind.valueProperty().bindBidirectional(vm.customerKindProperty());
        put(m.get("form.kind"), kind, null);
        first = field(OrderField.FIRST_NAME);
        field(OrderField.LAST_NAME);
        field(OrderField.COMPANY_NAME);
        field(OrderField.SIREN);
        field(OrderField.EMAIL);
        field(OrderField.PHONE);
        field(OrderField.ADDRESS);
        section("form.section.vehicle");
        field(OrderField.VIN);
        field(OrderField.PLATE);
        field(OrderField.MAKE);
        field(OrderField.MODEL);
        field(OrderField.PRICE);
        section("form.section.sale");
        field(OrderField.RESERVATION_FEE);
        ComboBox<PaymentMethod> pay = enumBox("form-payment", PaymentMethod.values());
        pay.valueProperty().bindBidirectional(vm.paymentMethodProperty());
        put(m.get("form.payment"), pay, null);
        ComboBox<HandoverMode> mode = enumBox("form-handover", HandoverMode.values());
        mode.valueProperty().bindBidirectional(vm.handoverModeProperty());
        put(m.get("form.handover"), mode, null);
        // 004:8 "Si financement mettre les montant apport/financement dans la fiche"
        ComboBox<Lender> lender = enumBox("form-lender", Lender.values());
        lender.valueProperty().bindBidirectional(vm.lenderProperty());
        creditRows.add(put(m.get("form.lender"), lender, null));
        creditRows.add(fieldRow(OrderField.DOWN_PAYMENT));
        creditRows.add(fieldRow(OrderField.FINANCED_AMOUNT));
        vm.paymentMethodProperty().addListener((o, a, b) -> showCreditRows());
        showCreditRows();

        Button create = new Button(m.get("form.create"), new FontIcon(Material2AL.CHECK));
        create.setId("form-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.disableProperty().bind(vm.busyProperty());
        create.setOnAction(e -> vm.create());
        Button back = new Button(m.get("form.cancel"));
        back.setId("form-cancel");
        back.setCancelButton(true);
        back.setOnAction(e -> cancel.run());
        Label hint = new Label();
        hint.getStyleClass().add("text-muted");
        vm.validProperty().addListener((o, a, ok) -> hint.setText(ok ? "" : m.get("form.hint")));
        hint.setText(vm.validProperty().get() ? "" : m.get("form.hint"));
        HBox buttons = new HBox(10, create, back, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label general = new Label();
        general.setId("form-general-error");
        general.getStyleClass().add("field-error");
        general.setWrapText(true);
        general.textProperty().bind(vm.generalErrorProperty());
        general.managedProperty().bind(general.textProperty().isNotEmpty());

        VBox content = new VBox(14, title, grid, general, buttons);
        content.setPadding(new Insets(16));
        content.setMaxWidth(760);
        setContent(content);
    }

    public void focusFirst() {
        first.requestFocus();
    }

    private void section(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("title-4");
        GridPane.setMargin(l, new Insets(row == 0 ? 0 : 12, 0, 4, 0));
        grid.add(l, 0, row++, 2, 1);
    }

    private void showCreditRows() {
        boolean credit = vm.paymentMethodProperty().get() == PaymentMethod.CRD;
        for (javafx.scene.Node[] r : creditRows) {
            for (javafx.scene.Node n : r) {
                n.setVisible(credit);
                n.setManaged(credit);
            }
        }
    }

    private javafx.scene.Node[] fieldRow(OrderField f) {
        field(f);
        return lastRow;
    }

    private TextField field(OrderField f) {
        TextField t = new TextField();
        t.setId("form-" + f.name());
        t.setPrefColumnCount(28);
        t.textProperty().bindBidirectional(vm.valueProperty(f));
        Label error = new Label();
        error.setId("form-error-" + f.name());
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty(f));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.setWrapText(true);
        // a warning never blocks: shown apart, in the warning colour, with its own icon
        Label warning = new Label(null, new FontIcon(Material2AL.INFO));
        warning.setId("form-warning-" + f.name());
        warning.getStyleClass().add("field-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(vm.warningProperty(f));
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        vm.errorProperty(f).addListener((o, a, e) -> t.pseudoClassStateChanged(Styles.STATE_DANGER, e != null));
        vm.warningProperty(f).addListener((o, a, w) -> t.pseudoClassStateChanged(Styles.STATE_WARNING,
                w != null && vm.errorProperty(f).get() == null));
        put(m.label(f), t, new VBox(1, error, warning));
        return t;
    }

    private javafx.scene.Node[] put(String label, javafx.scene.Node input, javafx.scene.Node below) {
        Label l = new Label(label);
        l.setLabelFor(input);
        l.setMinWidth(180);
        grid.add(l, 0, row);
        javafx.scene.Node cell = below == null ? input : new VBox(1, input, below);
        grid.add(cell, 1, row++);
        lastRow = new javafx.scene.Node[] {l, cell};
        return lastRow;
    }

    private <E extends Enum<E>> ComboBox<E> enumBox(String id, E[] values) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Arrays.asList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return m.label(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
