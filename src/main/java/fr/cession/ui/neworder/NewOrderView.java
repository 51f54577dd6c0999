package fr.cession.ui.neworder;

import atlantafx.base.theme.Styles;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.FinancingCover;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.validation.Field;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;

/**
 * The new-order form; each field shows its problem (and apart, its warning) under it as the user
 * types. Each field's label is its domain field's label, the words its messages use. Fields that
 * do not apply to the choices made (company, co-holder, credit) are hidden.
 */
public final class NewOrderView extends ScrollPane {

    private final NewOrderViewModel vm;
    private final Messages m;
    private final Formats formats;
    private final GridPane grid = new GridPane();
    private int row;
    private Control first;

    public NewOrderView(NewOrderViewModel vm, Messages m, Runnable cancel) {
        this(vm, m, vm.context().formats(), cancel);
    }

    public NewOrderView(NewOrderViewModel vm, Messages m, Formats formats, Runnable cancel) {
        this.vm = vm;
        this.m = m;
        this.formats = formats;
        setId("new-order-view");
        setFitToWidth(true);
        Label title = new Label(m.get("form.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        grid.setHgap(12);
        grid.setVgap(2);

        section("form.section.account");
        accountRows();
        section("form.section.customer");
        ComboBox<CustomerKind> kind = enumBox("form-kind", List.of(CustomerKind.values()));
        kind.valueProperty().bindBidirectional(vm.customerKindProperty());
        put(new Label(m.get("form.kind")), kind, null, null);
        first = field(OrderField.FIRST_NAME);
        field(OrderField.LAST_NAME);
        field(OrderField.COMPANY_NAME);
        field(OrderField.SIREN);
        field(OrderField.COLLECTOR);
        // 004:11 "CG : Titulaire / Cotitulaire / Société": a company holds its own CG
        ComboBox<CgHolding> cg = enumBox("form-cg", List.of(CgHolding.TITULAIRE, CgHolding.COTITULAIRE));
        cg.valueProperty().bindBidirectional(vm.cgHoldingProperty());
        put(new Label(m.label(Field.CG_HOLDING)), cg, null, vm.companyProperty().not());
        field(OrderField.CO_HOLDER);
        field(OrderField.EMAIL);
        field(OrderField.PHONE);
        field(OrderField.ADDRESS);

        section("form.section.vehicle");
        field(OrderField.VIN);
        field(OrderField.PLATE);
        field(OrderField.MAKE);
        field(OrderField.MODEL);
        field(OrderField.FIRST_REGISTRATION);
        field(OrderField.LAST_CT);
        field(OrderField.LAST_SERVICE);
        field(OrderField.MILEAGE);
        CheckBox imported = new CheckBox(m.get("form.imported"));
        imported.setId("form-imported");
        imported.selectedProperty().bindBidirectional(vm.importedProperty());
        put(new Label(), imported, null, null);
        field(OrderField.PRICE);

        section("form.section.sale");
        field(OrderField.RESERVED_ON);
        field(OrderField.RESERVATION_FEE);
        ComboBox<PaymentMethod> pay = enumBox("form-payment", PaymentMethod.FOR_ORDERS);
        pay.valueProperty().bindBidirectional(vm.paymentMethodProperty());
        put(new Label(m.get("form.payment")), pay, null, null);
        // 004:8 "Si financement mettre les montant apport/financement dans la fiche (Préciser si financement
        // frais de résa, CG, livraison)"
        ComboBox<Lender> lender = enumBox("form-lender", List.of(Lender.values()));
        lender.valueProperty().bindBidirectional(vm.lenderProperty());
        put(new Label(m.label(Field.LENDER)), lender, null, vm.creditProperty());
        field(OrderField.DOWN_PAYMENT);
        field(OrderField.FINANCED_AMOUNT);
        HBox covers = new HBox(12);
        covers.setId("form-covers");
        for (FinancingCover c : FinancingCover.values()) {
            CheckBox box = new CheckBox(m.label(c));
            box.setId("form-cover-" + c.name());
            box.selectedProperty().bindBidirectional(vm.coverProperty(c));
            covers.getChildren().add(box);
        }
        put(new Label(m.get("form.covers")), covers, null, vm.creditProperty());
        ComboBox<HandoverMode> mode = enumBox("form-handover", List.of(HandoverMode.values()));
        mode.valueProperty().bindBidirectional(vm.handoverModeProperty());
        put(new Label(m.get("form.handover")), mode, null, null);
        field(OrderField.HANDOVER_DATE);
        field(OrderField.HANDOVER_TIME);

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
        hint.getStyleClass().add(Styles.TEXT_MUTED);
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

    /** Seed 000: the customer account and its sub-account; none by default. */
    private void accountRows() {
        AccountChoice choice = vm.accountChoice();
        ComboBox<fr.cession.domain.account.CustomerAccount> account = new ComboBox<>(choice.accounts());
        account.setId("form-account");
        account.setPromptText(m.get("form.account.none"));
        account.setConverter(names(a -> a.name() + " (" + m.label(a.kind()) + ")"));
        account.valueProperty().bindBidirectional(choice.accountProperty());
        put(new Label(m.get("form.account")), account, null, null);
        ComboBox<fr.cession.domain.account.AccountMember> sub = new ComboBox<>(choice.members());
        sub.setId("form-subaccount");
        sub.setPromptText(m.get("form.subAccount.none"));
        sub.setConverter(names(fr.cession.domain.account.AccountMember::name));
        sub.valueProperty().bindBidirectional(choice.memberProperty());
        put(new Label(m.get("form.subAccount")), sub, null, choice.accountProperty().isNotNull());
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    public void focusFirst() {
        first.requestFocus();
    }

    private void section(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        GridPane.setMargin(l, new Insets(row == 0 ? 0 : 12, 0, 4, 0));
        grid.add(l, 0, row++, 2, 1);
    }

    private Control field(OrderField f) {
        Control input;
        if (f.kind() == OrderField.Kind.DATE) {
            DatePicker picker = DateField.of("form-" + f.name(), vm.valueProperty(f), formats);
            vm.errorProperty(f).addListener((o, a, e) -> picker.pseudoClassStateChanged(Styles.STATE_DANGER,
                    e != null));
            input = picker;
        } else {
            TextField t = new TextField();
            t.setId("form-" + f.name());
            t.setPrefColumnCount(f == OrderField.HANDOVER_TIME ? 6 : 28);
            if (f == OrderField.HANDOVER_TIME) {
                t.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            t.textProperty().bindBidirectional(vm.valueProperty(f));
            vm.errorProperty(f).addListener((o, a, e) -> t.pseudoClassStateChanged(Styles.STATE_DANGER, e != null));
            vm.warningProperty(f).addListener((o, a, w) -> t.pseudoClassStateChanged(Styles.STATE_WARNING,
                    w != null && vm.errorProperty(f).get() == null));
            input = t;
        }
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
        Label label = new Label(vm.label(f));
        label.setId("form-label-" + f.name());
        // the last name of a company buyer is its manager's: the label follows, as the messages do
        vm.customerKindProperty().addListener((o, a, k) -> label.setText(vm.label(f)));
        put(label, input, new VBox(1, error, warning), vm.shownProperty(f));
        return input;
    }

    private void put(Label l, Node input, Node below, ObservableBooleanValue shown) {
        l.setLabelFor(input);
        l.setMinWidth(200);
        grid.add(l, 0, row);
        Node cell = below == null ? input : new VBox(1, input, below);
        grid.add(cell, 1, row++);
        if (shown != null) {
            for (Node n : new Node[] {l, cell}) {
                n.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(shown::get, shown));
                n.managedProperty().bind(n.visibleProperty());
            }
        }
    }

    private <E extends Enum<E>> ComboBox<E> enumBox(String id, List<E> values) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
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
