package fr.cession.ui.customeraccount;

import atlantafx.base.theme.Styles;
import fr.cession.domain.account.AccountMember;
import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * « Comptes clients »: the accounts on the left; on the right a new account, or the chosen
 * account's terms and members. Enter in a field presses its form's button.
 */
public final class CustomerAccountsView extends BorderPane {

    private final CustomerAccountsViewModel vm;
    private final Messages m;
    private final Formats f;
    private final TableView<CustomerAccount> table = new TableView<>();
    private final TableView<AccountMember> memberTable = new TableView<>();

    public CustomerAccountsView(CustomerAccountsViewModel vm, Messages m, Formats f) {
        this.vm = vm;
        this.m = m;
        this.f = f;
        setId("customer-accounts");
        Label title = new Label(m.get("customerAccounts.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(vm.busyProperty());
        HBox head = new HBox(12, title, progress);
        head.setAlignment(Pos.CENTER_LEFT);
        Label error = message("customer-accounts-error", Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        Label notice = message("customer-accounts-notice", Styles.SUCCESS);
        notice.textProperty().bind(vm.noticeProperty());
        VBox top = new VBox(8, head, error, notice);
        top.setPadding(new Insets(16, 16, 8, 16));
        setTop(top);

        accountsTable();
        Button fresh = new Button(m.get("customerAccounts.new"), new FontIcon(Material2AL.ADD));
        fresh.setId("customer-accounts-new");
        fresh.setOnAction(e -> table.getSelectionModel().clearSelection());
        VBox left = new VBox(8, fresh, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox create = createForm();
        VBox chosen = chosenAccount();
        create.visibleProperty().bind(vm.selectedProperty().isNull());
        create.managedProperty().bind(create.visibleProperty());
        chosen.visibleProperty().bind(vm.selectedProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        ScrollPane side = new ScrollPane(new VBox(12, create, chosen));
        side.setFitToWidth(true);
        side.setMinWidth(420);
        side.setMaxWidth(520); // the accounts' table takes what is left
        HBox body = new HBox(12, left, side);
        body.setPadding(new Insets(0, 16, 16, 16));
        setCenter(body);
        vm.refresh();
    }

    public void focusList() {
        table.requestFocus();
    }

    private void accountsTable() {
        table.setId("customer-accounts-table");
        table.setItems(vm.accounts());
        table.setPlaceholder(new Label(m.get("customerAccounts.empty")));
        // a refused account is marked and says why on hover: refusals are rare, the name is what people read
        TableColumn<CustomerAccount, String> name = column(m.get("customerAccounts.col.name"),
                a -> vm.refusal(a.id()).isEmpty() ? a.name() : m.get("customerAccounts.refusedName", a.name()));
        name.setPrefWidth(240);
        table.getColumns().add(name);
        table.getColumns().add(column(m.get("customerAccounts.col.kind"), a -> m.label(a.kind())));
        table.getColumns().add(column(m.get("customerAccounts.col.deposit"), a -> a.depositPercent() + " %"));
        table.getColumns().add(column(m.get("customerAccounts.col.commission"),
                a -> f.amount(BigDecimal.valueOf(a.commissionCents(), 2))));
        table.getColumns().add(column(m.get("customerAccounts.col.members"), a -> String.valueOf(a.activeMembers().size())));
        // the short columns keep their header whole; the name takes what is left
        table.getColumns().stream().skip(1).forEach(CustomerAccountsView::headerWhole);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CustomerAccount a, boolean empty) {
                super.updateItem(a, empty);
                String why = empty || a == null ? "" : vm.refusal(a.id());
                setTooltip(why.isEmpty() ? null : new javafx.scene.control.Tooltip(why));
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, account) -> {
            if (account != vm.selectedProperty().get()) {
                vm.selectedProperty().set(account);
            }
        });
        vm.selectedProperty().addListener((o, a, account) -> {
            if (table.getSelectionModel().getSelectedItem() != account) {
                table.getSelectionModel().select(account);
            }
        });
    }

    private VBox createForm() {
        ComboBox<CustomerAccountKind> kind = new ComboBox<>();
        kind.getItems().setAll(List.of(CustomerAccountKind.values()));
        kind.setId("customer-account-kind");
        kind.setConverter(converter(m::label));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        Button create = new Button(m.get("customerAccounts.create"), new FontIcon(Material2AL.CHECK));
        create.setId("customer-account-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(vm.busyProperty());
        create.setOnAction(e -> vm.create());
        return card("customerAccounts.section.new",
                row("customerAccounts.kind", kind),
                row("customerAccounts.name", field("customer-account-name", vm.nameProperty(), create)),
                row("customerAccounts.reference", field("customer-account-reference", vm.referenceProperty(), create)),
                row("customerAccounts.contact", field("customer-account-contact", vm.contactProperty(), create)),
                row("customerAccounts.deposit", field("customer-account-deposit", vm.depositProperty(), create)),
                row("customerAccounts.commission", field("customer-account-commission", vm.commissionProperty(),
                        create)),
                create);
    }

    private VBox chosenAccount() {
        Label holder = new Label();
        holder.setId("customer-account-holder");
        holder.setWrapText(true);
        holder.getStyleClass().add(Styles.TEXT_BOLD);
        vm.selectedProperty().addListener((o, a, account) -> holder.setText(account == null ? ""
                : m.get("customerAccounts.holder", account.name(), m.label(account.kind()),
                account.contact() == null ? "—" : account.contact())));
        Button save = new Button(m.get("customerAccounts.saveTerms"), new FontIcon(Material2MZ.SAVE));
        save.setId("customer-account-save-terms");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.saveTerms());
        VBox terms = card("customerAccounts.section.terms", holder,
                row("customerAccounts.deposit", field("customer-account-terms-deposit", vm.depositProperty(), save)),
                row("customerAccounts.commission", field("customer-account-terms-commission", vm.commissionProperty(),
                        save)), save);

        memberTable.setId("customer-account-members");
        memberTable.setItems(vm.members());
        memberTable.setPlaceholder(new Label(m.get("customerAccounts.noMembers")));
        memberTable.setPrefHeight(200);
        memberTable.getColumns().add(memberColumn(m.get("customerAccounts.member.name"), AccountMember::name));
        memberTable.getColumns().add(memberColumn(m.get("customerAccounts.member.idNumber.short"),
                p -> p.idNumber() == null ? "" : p.idNumber()));
        memberTable.getColumns().add(memberColumn(m.get("customerAccounts.member.contact"),
                p -> String.join(" · ", java.util.stream.Stream.of(p.phone(), p.email())
                        .filter(java.util.Objects::nonNull).toList())));
        memberTable.getColumns().add(memberColumn(m.get("customerAccounts.member.state"),
                p -> vm.refusal(p.id()).isEmpty()
                        ? m.get(p.active() ? "customerAccounts.member.active" : "customerAccounts.member.disabled")
                        : vm.refusal(p.id())));
        memberTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the side panel is narrow: widths that add up to it, the contact (often empty) giving way first
        double[] widths = {130, 125, 75, 60};
        for (int i = 0; i < widths.length && i < memberTable.getColumns().size(); i++) {
            memberTable.getColumns().get(i).setPrefWidth(widths[i]);
        }
        Button disable = new Button(m.get("customerAccounts.member.disable"), new FontIcon(Material2AL.BLOCK));
        disable.setId("customer-account-member-disable");
        disable.getStyleClass().add(Styles.DANGER);
        disable.disableProperty().bind(memberTable.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));
        disable.setOnAction(e -> vm.disableMember(memberTable.getSelectionModel().getSelectedItem()));
        Button add = new Button(m.get("customerAccounts.member.add"), new FontIcon(Material2MZ.PERSON_ADD));
        add.setId("customer-account-member-add");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.addMember());
        Label hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        vm.selectedProperty().addListener((o, a, account) -> hint.setText(account == null ? ""
                : m.get(account.kind() == CustomerAccountKind.SOCIETE ? "customerAccounts.members.company"
                : "customerAccounts.members.pro")));
        VBox members = card("customerAccounts.section.members", hint, memberTable, disable,
                row("customerAccounts.member.name", field("customer-account-member-name", vm.memberNameProperty(), add)),
                row("customerAccounts.member.idNumber", field("customer-account-member-id", vm.memberIdProperty(), add)),
                row("customerAccounts.member.phone", field("customer-account-member-phone", vm.memberPhoneProperty(),
                        add)),
                row("customerAccounts.member.email", field("customer-account-member-email", vm.memberEmailProperty(),
                        add)), add);
        return new VBox(12, terms, members);
    }

    private TextField field(String id, StringProperty value, Button enter) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        t.setOnAction(e -> enter.fire());
        return t;
    }

    private VBox row(String labelKey, Node control) {
        Label l = new Label(m.get(labelKey));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setLabelFor(control);
        return new VBox(2, l, control);
    }

    private VBox card(String titleKey, Node... nodes) {
        Label l = new Label(m.get(titleKey));
        l.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, l);
        box.getChildren().addAll(nodes);
        box.getStyleClass().add("section-card");
        box.setPadding(new Insets(12));
        return box;
    }

    private static Label message(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A column never narrower than its header, measured in bold with room for the sort arrow. */
    private static void headerWhole(TableColumn<?, ?> c) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(c.getText());
        t.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 14));
        c.setMinWidth(Math.ceil(t.getLayoutBounds().getWidth()) + 30);
    }

    private static TableColumn<CustomerAccount, String> column(String title, Function<CustomerAccount, String> value) {
        TableColumn<CustomerAccount, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static TableColumn<AccountMember, String> memberColumn(String title, Function<AccountMember, String> value) {
        TableColumn<AccountMember, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
