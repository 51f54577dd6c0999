package fr.cession.ui.accounts;

import atlantafx.base.theme.Styles;
import fr.cession.sync.protocol.CentralPerson;
import fr.cession.ui.accounts.AccountsDesk.Access;
import fr.cession.ui.accounts.AccountsDesk.OpenActivity;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Function;

/**
 * "Comptes" (Ctrl+5): the people of the organisation on the left, the selected person's actions
 * (or a new account) on the right, the journal in its own tab. A password just drawn and the
 * open activities of a disabled person show above, until the person says they are noted.
 */
public final class AccountsView extends BorderPane {

    private final AccountsViewModel vm;
    private final Messages m;
    private final Formats f;
    private final TableView<CentralPerson> table = new TableView<>();
    private final PersonPanel panel;
    private final Tab journalTab;
    /** The person whose actions the panel shows, kept across the list's reloads (null: the new account form). */
    private String selectedLogin;

    public AccountsView(AccountsViewModel vm, Messages m, Formats f) {
        this.vm = vm;
        this.m = m;
        this.f = f;
        setId("accounts-view");
        Label title = new Label(m.get("accounts.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label organisation = new Label();
        organisation.setId("accounts-organisation");
        organisation.getStyleClass().add(Styles.TEXT_MUTED);
        organisation.textProperty().bind(Bindings.createStringBinding(() -> {
            Access a = vm.accessProperty().get();
            return a == null || a.organisation() == null ? "" : m.get("accounts.organisation", a.organisation(), a.login());
        }, vm.accessProperty()));
        Button refresh = new Button(m.get("accounts.refresh"), new FontIcon(Material2MZ.REFRESH));
        refresh.setId("accounts-refresh");
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setVisible(vm.isAvailable());
        ProgressBar progress = new ProgressBar();
        progress.setId("accounts-progress");
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(vm.busyProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox head = new HBox(12, title, organisation, spring, progress, refresh);
        head.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("accounts-notice");
        notice.setWrapText(true);
        notice.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox top = new VBox(8, head, notice, passwordBox(), reassignBox());
        top.setPadding(new Insets(16, 16, 8, 16));
        setTop(top);

        panel = new PersonPanel(vm, m);
        peopleTable();
        Button newAccount = new Button(m.get("accounts.new"), new FontIcon(Material2AL.ADD));
        newAccount.setId("accounts-new");
        newAccount.setOnAction(e -> {
            selectedLogin = null;
            table.getSelectionModel().clearSelection();
            panel.show(null);
            panel.focusFirst();
        });
        newAccount.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(m.get("accounts.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox tableBar = new HBox(12, newAccount, hint);
        tableBar.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, tableBar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(panel);
        side.setFitToWidth(true);
        side.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        side.setMinWidth(380);
        side.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        HBox people = new HBox(8, left, side);
        people.setPadding(new Insets(12, 0, 0, 0));
        Tab peopleTab = new Tab(m.get("accounts.tab.people"), people);
        peopleTab.setId("accounts-tab-people");
        JournalPane journal = new JournalPane(vm, m, f);
        journal.setPadding(new Insets(12, 0, 0, 0));
        journalTab = new Tab(m.get("accounts.tab.journal"), journal);
        journalTab.setId("accounts-tab-journal");
        TabPane tabs = new TabPane(peopleTab, journalTab);
        tabs.setId("accounts-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        VBox refused = refusedBox();
        StackPane center = new StackPane(tabs, refused);
        center.setPadding(new Insets(0, 16, 16, 16));
        tabs.visibleProperty().bind(vm.refusalProperty().isEmpty().and(vm.accessProperty().isNotNull()));
        refused.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        setCenter(center);
        vm.accessProperty().addListener((o, a, access) -> arrange(tabs, peopleTab, access));
        arrange(tabs, peopleTab, vm.accessProperty().get());
    }

    /** The list where the keyboard lands. */
    public void focusList() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** A manager who does not run accounts reads the journal only; one who cannot read it does not see its tab. */
    private void arrange(TabPane tabs, Tab peopleTab, Access access) {
        boolean journal = access != null && access.readJournal();
        boolean manage = access != null && access.manage();
        tabs.getTabs().setAll(manage || !journal ? peopleTab : journalTab);
        if (manage && journal) {
            tabs.getTabs().add(journalTab);
        }
    }

    private void peopleTable() {
        table.setId("accounts-table");
        table.setItems(vm.people());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("accounts.empty")));
        table.getColumns().add(column(m.get("accounts.col.name"), 160, CentralPerson::displayName));
        table.getColumns().add(column(m.get("accounts.col.login"), 110, CentralPerson::login));
        table.getColumns().add(column(m.get("accounts.col.roles"), 170, p -> vm.roleLabels(p.roles())));
        table.getColumns().add(column(m.get("accounts.col.site"), 70, CentralPerson::site));
        table.getColumns().add(column(m.get("accounts.col.state"), 80,
                p -> m.get(p.active() ? "accounts.state.active" : "accounts.state.disabled")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                selectedLogin = p.login();
                panel.show(p);
            }
        });
        // the list is read again after each change: the same person stays selected, with their new state
        vm.people().addListener((javafx.collections.ListChangeListener<CentralPerson>) c -> {
            CentralPerson again = selectedLogin == null ? null
                    : vm.people().stream().filter(p -> p.login().equals(selectedLogin)).findFirst().orElse(null);
            if (again == null) {
                panel.show(null);
            } else {
                table.getSelectionModel().select(again);
                panel.show(again);
            }
        });
    }

    private VBox passwordBox() {
        Label what = new Label();
        what.setId("accounts-password-for");
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_BOLD);
        TextField password = new TextField();
        password.setId("accounts-password");
        password.setEditable(false);
        password.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.LARGE);
        password.setPrefColumnCount(20);
        Label copied = new Label();
        copied.setId("accounts-copied");
        copied.getStyleClass().add(Styles.TEXT_MUTED);
        Button copy = new Button(m.get("accounts.password.copy"), new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("accounts-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(password.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(m.get("accounts.password.copied"));
        });
        Button noted = new Button(m.get("accounts.password.noted"), new FontIcon(Material2AL.CHECK));
        noted.setId("accounts-password-noted");
        noted.setOnAction(e -> vm.passwordNoted());
        HBox row = new HBox(8, password, copy, noted, copied);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(m.get("accounts.password.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, what, row, hint);
        box.setId("accounts-password-box");
        box.getStyleClass().addAll(Styles.BG_WARNING_SUBTLE, Styles.BORDER_MUTED);
        box.setPadding(new Insets(10));
        vm.issuedProperty().addListener((o, a, issued) -> {
            copied.setText("");
            what.setText(issued == null ? "" : m.get("accounts.password.for", issued.displayName(), issued.login()));
            password.setText(issued == null ? "" : issued.password());
        });
        box.visibleProperty().bind(vm.issuedProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox reassignBox() {
        Label what = new Label();
        what.setId("accounts-reassign-title");
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_BOLD);
        VBox lines = new VBox(2);
        lines.setId("accounts-reassign");
        Label hint = new Label(m.get("accounts.reassign.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button noted = new Button(m.get("accounts.reassign.noted"), new FontIcon(Material2AL.CHECK));
        noted.setId("accounts-reassign-noted");
        noted.setOnAction(e -> vm.reassignNoted());
        VBox box = new VBox(6, what, lines, hint, noted);
        box.getStyleClass().addAll(Styles.BG_WARNING_SUBTLE, Styles.BORDER_MUTED);
        box.setPadding(new Insets(10));
        vm.toReassign().addListener((javafx.collections.ListChangeListener<OpenActivity>) c -> {
            what.setText(m.get("accounts.reassign.title", vm.reassignFromProperty().get(), vm.toReassign().size()));
            lines.getChildren().setAll(vm.toReassign().stream().map(a -> {
                Label l = new Label(m.get("accounts.reassign.line", a.orderNumber(), f.dateTime(a.dueAt()), a.title()));
                l.setWrapText(true);
                return l;
            }).toList());
        });
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.toReassign()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox refusedBox() {
        Label why = new Label();
        why.setId("accounts-refusal");
        why.setWrapText(true);
        why.setMaxWidth(640);
        why.setGraphic(new FontIcon(Material2AL.INFO));
        why.textProperty().bind(vm.refusalProperty());
        Button retry = new Button(m.get("accounts.retry"), new FontIcon(Material2MZ.REFRESH));
        retry.setId("accounts-retry");
        retry.setOnAction(e -> vm.refresh());
        retry.disableProperty().bind(vm.busyProperty());
        retry.setVisible(vm.isAvailable());
        VBox box = new VBox(12, why, retry);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(24, 0, 0, 0));
        return box;
    }

    private static TableColumn<CentralPerson, String> column(String title, double width,
                                                            Function<CentralPerson, String> text) {
        TableColumn<CentralPerson, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }
}
