package fr.cession.ui.shell;

import atlantafx.base.theme.Styles;
import fr.cession.domain.user.Role;
import fr.cession.ui.UiContext;
import fr.cession.ui.accounts.AccountsView;
import fr.cession.ui.agenda.AgendaView;
import fr.cession.ui.dashboard.DashboardView;
import fr.cession.ui.board.BoardView;
import fr.cession.ui.conflict.ConflictsView;
import fr.cession.ui.help.HelpActions;
import fr.cession.ui.inbox.InboxView;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.neworder.NewOrderView;
import fr.cession.ui.order.OrderFileView;
import fr.cession.ui.status.StatusBarView;
import fr.cession.ui.status.StatusBarViewModel;
import fr.cession.ui.today.TodayView;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;
import java.util.function.Consumer;

/** The main window's content: menu, navigation, the current screen, the status bar. */
public final class MainView extends BorderPane {

    private final MainViewModel vm;
    private final TodayView today;
    private final BoardView board;
    private final OrderFileView orderFile;
    private final ConflictsView conflicts;
    private final InboxView inbox;
    private final AccountsView accounts;
    private final UiContext ctx;
    private AgendaView agenda;
    private DashboardView dashboard;
    private final StackPane center = new StackPane();
    private final MenuBar menu;
    private final Messages messages;
    private NewOrderView newOrder;

    /** @param help the « Aide » menu's commands (the diagnostic to copy for support) */
    public MainView(MainViewModel vm, UiContext ctx, StatusBarViewModel status, boolean dark,
                    Consumer<Locale> switchLanguage, Consumer<Boolean> switchTheme, Runnable quit, HelpActions help) {
        this.vm = vm;
        Messages m = ctx.messages();
        this.messages = m;
        setId("main-view");
        today = new TodayView(vm.today(), m, ctx.formats());
        board = new BoardView(vm.board(), m, ctx.formats(), ctx.clock(), ctx.zone());
        orderFile = new OrderFileView(vm.orderFile(), m, ctx.formats(), vm::back);
        conflicts = new ConflictsView(vm.conflicts(), m, ctx.formats());
        inbox = new InboxView(vm.inbox(), m, ctx.formats());
        accounts = new AccountsView(vm.accounts(), m, ctx.formats());
        this.ctx = ctx;

        MenuItem newItem = item(m.get("menu.newOrder"), "Shortcut+N", vm::newOrder);
        MenuItem refresh = item(m.get("menu.refresh"), "F5", vm.feed()::refresh);
        MenuItem exit = item(m.get("menu.quit"), "Shortcut+Q", quit);
        Menu file = new Menu(m.get("menu.file"), null, newItem, refresh, exit);
        MenuItem goToday = item(m.get("nav.today"), "Shortcut+1", () -> vm.show(Screen.MA_JOURNEE));
        MenuItem goBoard = item(m.get("nav.board"), "Shortcut+2", () -> vm.show(Screen.TABLEAU));
        MenuItem goInbox = item(m.get("nav.inbox"), "Shortcut+3", () -> vm.show(Screen.A_VALIDER));
        MenuItem goConflicts = item(m.get("nav.conflicts"), "Shortcut+4", () -> vm.show(Screen.CONFLITS));
        // in the menu for everyone: the screen itself says why it shows nothing (standalone, no right)
        MenuItem goAccounts = item(m.get("nav.accounts"), "Shortcut+5", () -> vm.show(Screen.COMPTES));
        goAccounts.setId("menu-accounts");
        var customerAccounts = new fr.cession.ui.customeraccount.CustomerAccountsWindow(ctx);
        MenuItem goCustomerAccounts = item(m.get("nav.customerAccounts"), "Shortcut+8",
                () -> customerAccounts.open(this));
        goCustomerAccounts.setId("menu-customer-accounts");
        MenuItem goAgenda = item(m.get("nav.agenda"), "Shortcut+6", () -> vm.show(Screen.AGENDA));
        goAgenda.setId("menu-agenda");
        MenuItem goDashboard = item(m.get("nav.dashboard"), "Shortcut+7", () -> vm.show(Screen.TABLEAU_DE_BORD));
        goDashboard.setId("menu-dashboard");
        MenuItem find = item(m.get("menu.search"), "Shortcut+F", this::search);
        CheckMenuItem darkItem = new CheckMenuItem(m.get("menu.dark"));
        darkItem.setSelected(dark);
        darkItem.setOnAction(e -> switchTheme.accept(darkItem.isSelected()));
        Menu view = new Menu(m.get("menu.view"), null, goToday, goBoard, goInbox, goConflicts, goAccounts,
                goCustomerAccounts, goAgenda,
                goDashboard, find,
                darkItem);
        ToggleGroup langs = new ToggleGroup();
        RadioMenuItem fr = new RadioMenuItem("Français");
        fr.setId("menu-lang-fr");
        RadioMenuItem en = new RadioMenuItem("English");
        en.setId("menu-lang-en");
        fr.setToggleGroup(langs);
        en.setToggleGroup(langs);
        (m.isEnglish() ? en : fr).setSelected(true);
        fr.setOnAction(e -> switchLanguage.accept(Messages.FRENCH));
        en.setOnAction(e -> switchLanguage.accept(Messages.ENGLISH));
        Menu language = new Menu(m.get("menu.language"), null, fr, en);
        MenuItem diagnostic = new MenuItem(m.get("menu.help.diagnostic"));
        diagnostic.setId("menu-help-diagnostic");
        diagnostic.setOnAction(e -> help.copyDiagnostic());
        diagnostic.setDisable(!help.canDiagnose());
        if (help.canDiagnose()) {
            diagnostic.disableProperty().bind(help.busyProperty());
        }
        Menu helpMenu = new Menu(m.get("menu.help"), null, diagnostic);
        helpMenu.setId("menu-help");
        menu = new MenuBar(file, view, language, helpMenu);
        menu.setId("menu-bar");

        ToggleGroup nav = new ToggleGroup();
        ToggleButton todayBtn = navButton(m.get("nav.today"), Material2MZ.TODAY, nav, Screen.MA_JOURNEE);
        todayBtn.setId("nav-today");
        ToggleButton boardBtn = navButton(m.get("nav.board"), Material2MZ.VIEW_COLUMN, nav, Screen.TABLEAU);
        boardBtn.setId("nav-board");
        ToggleButton inboxBtn = navButton(m.get("nav.inbox"), Material2AL.FACT_CHECK, nav, Screen.A_VALIDER);
        inboxBtn.setId("nav-inbox");
        // the manager's inbox; others reach it with Ctrl+3 to see what waits, without deciding
        inboxBtn.setVisible(ctx.actor().holds(Role.MANAGER));
        inboxBtn.managedProperty().bind(inboxBtn.visibleProperty());
        ToggleButton agendaBtn = navButton(m.get("nav.agenda"), Material2AL.EVENT, nav, Screen.AGENDA);
        agendaBtn.setId("nav-agenda");
        ToggleButton dashboardBtn = navButton(m.get("nav.dashboard"), Material2AL.INSERT_CHART, nav,
                Screen.TABLEAU_DE_BORD);
        dashboardBtn.setId("nav-dashboard");
        Button newBtn = new Button(m.get("menu.newOrder"), new FontIcon(Material2AL.ADD));
        newBtn.setId("nav-new");
        newBtn.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        newBtn.setOnAction(e -> vm.newOrder());
        Label brand = new Label(m.get("app.title"));
        brand.getStyleClass().add("brand");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        var loading = new javafx.scene.control.ProgressBar();
        loading.setPrefWidth(120);
        loading.visibleProperty().bind(Bindings.or(vm.feed().loadingProperty(), vm.demoLoadingProperty()));
        Label demoLoading = new Label(m.get("demo.loading"));
        demoLoading.getStyleClass().add(Styles.TEXT_MUTED);
        demoLoading.visibleProperty().bind(vm.demoLoadingProperty());
        demoLoading.managedProperty().bind(vm.demoLoadingProperty());
        HBox navBar = new HBox(8, brand, todayBtn, boardBtn, inboxBtn, agendaBtn, dashboardBtn, spring, demoLoading, loading, newBtn);
        navBar.setAlignment(Pos.CENTER_LEFT);
        navBar.setPadding(new Insets(8, 16, 8, 16));
        navBar.getStyleClass().add("nav-bar");
        vm.screenProperty().addListener((o, a, s) -> {
            todayBtn.setSelected(s == Screen.MA_JOURNEE);
            boardBtn.setSelected(s == Screen.TABLEAU);
            inboxBtn.setSelected(s == Screen.A_VALIDER);
            agendaBtn.setSelected(s == Screen.AGENDA);
            dashboardBtn.setSelected(s == Screen.TABLEAU_DE_BORD);
        });
        todayBtn.setSelected(vm.screenProperty().get() == Screen.MA_JOURNEE);
        boardBtn.setSelected(vm.screenProperty().get() == Screen.TABLEAU);

        setTop(new VBox(menu, navBar));
        setCenter(center);
        setBottom(new StatusBarView(status, Bindings.or(vm.orderFile().busyProperty(),
                Bindings.or(vm.feed().loadingProperty(), vm.demoLoadingProperty())), () -> vm.show(Screen.CONFLITS)));
        vm.screenProperty().addListener((o, a, s) -> showScreen(s));
        showScreen(vm.screenProperty().get());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    /** A menu of a feature built beside the shell (« Rappels »), placed before « Aide ». */
    public void addMenu(Menu extra) {
        menu.getMenus().add(Math.max(0, menu.getMenus().size() - 1), extra);
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && (vm.screenProperty().get() == Screen.FICHE_COMMANDE)) {
            vm.back();
            e.consume();
        }
    }

    private void search() {
        vm.show(Screen.TABLEAU);
        Platform.runLater(board::focusSearch);
    }

    private ToggleButton navButton(String text, org.kordamp.ikonli.Ikon icon, ToggleGroup g, Screen s) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setToggleGroup(g);
        b.setOnAction(e -> vm.show(s));
        return b;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }

    private void showScreen(Screen s) {
        Node node = switch (s) {
            case MA_JOURNEE -> today;
            case TABLEAU -> board;
            case FICHE_COMMANDE -> orderFile;
            case CONFLITS -> conflicts;
            case A_VALIDER -> inbox;
            case COMPTES -> accounts;
            case AGENDA -> {
                // built when first shown: the calendar is heavy and most sessions never open it
                if (agenda == null) {
                    agenda = new AgendaView(vm.agenda(), messages, ctx.formats());
                }
                yield agenda;
            }
            case TABLEAU_DE_BORD -> {
                if (dashboard == null) {
                    dashboard = new DashboardView(vm.dashboard(), messages, ctx.formats());
                }
                yield dashboard;
            }
            case NOUVELLE_COMMANDE -> {
                newOrder = new NewOrderView(vm.newOrderProperty().get(), messages, vm::back);
                yield newOrder;
            }
        };
        center.getChildren().setAll(node);
        Platform.runLater(() -> {
            switch (s) {
                case MA_JOURNEE -> today.focusList();
                case TABLEAU -> board.focusCards();
                case FICHE_COMMANDE -> orderFile.focusFirst();
                case NOUVELLE_COMMANDE -> newOrder.focusFirst();
                case CONFLITS -> conflicts.requestFocus();
                case A_VALIDER -> inbox.focusList();
                case COMPTES -> accounts.focusList();
                case AGENDA -> agenda.focusCalendar();
                case TABLEAU_DE_BORD -> dashboard.focusFirst();
            }
        });
    }

}
