package fr.cession.ui.shell;

import fr.cession.domain.agenda.AgendaQueries;
import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.dashboard.DashboardQueries;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.PersonalDesk;
import fr.cession.ui.UiContext;
import fr.cession.ui.accounts.AccountsDesk;
import fr.cession.ui.accounts.AccountsViewModel;
import fr.cession.ui.agenda.AgendaViewModel;
import fr.cession.ui.board.BoardViewModel;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.conflict.ConflictsViewModel;
import fr.cession.ui.dashboard.DashboardViewModel;
import fr.cession.ui.inbox.InboxViewModel;
import fr.cession.ui.neworder.NewOrderViewModel;
import fr.cession.ui.order.OrderFileViewModel;
import fr.cession.ui.papers.PaperDesk;
import fr.cession.ui.task.BackgroundTask;
import fr.cession.ui.today.TodayViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.UUID;

/** Navigation between the screens, and the first-start offer of demo data. */
public final class MainViewModel {

    private final UiContext ctx;
    private final ActivityFeed feed;
    private final TodayViewModel today;
    private final BoardViewModel board;
    private final OrderFileViewModel orderFile;
    private final ConflictsViewModel conflicts;
    private final InboxViewModel inbox;
    private final AccountsViewModel accounts;
    private final AgendaViewModel agenda;
    private final DashboardViewModel dashboard;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.MA_JOURNEE);
    private final ReadOnlyObjectWrapper<NewOrderViewModel> newOrder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper demoLoading = new ReadOnlyBooleanWrapper();
    private Screen beforeOrder = Screen.MA_JOURNEE;

    public MainViewModel(UiContext ctx) {
        this(ctx, ConflictDesk.NONE);
    }

    /** @param conflicts the sync's conflicts and refusals ({@link ConflictDesk#NONE} without a central database) */
    public MainViewModel(UiContext ctx, ConflictDesk conflicts) {
        this(ctx, conflicts, ApprovalQueries.NONE);
    }

    /** @param approvals the requests to the manager across orders (the inbox; the answers on Ma journée) */
    public MainViewModel(UiContext ctx, ConflictDesk conflicts, ApprovalQueries approvals) {
        this(ctx, conflicts, approvals, AccountsDesk.NONE, PaperDesk.NONE);
    }

    /**
     * @param accounts the organisation's accounts at the central database ({@link AccountsDesk#NONE} standalone)
     * @param papers   the order's PDFs and the board's export, with where they go
     */
    public MainViewModel(UiContext ctx, ConflictDesk conflicts, ApprovalQueries approvals, AccountsDesk accounts,
                         PaperDesk papers) {
        this(ctx, conflicts, approvals, accounts, papers, AgendaQueries.NONE, DashboardQueries.NONE, PersonalDesk.QUIET);
    }

    /**
     * @param agenda    the appointments of the agenda (Ctrl+6)
     * @param dashboard the manager's figures (Ctrl+7)
     * @param personal  the person's saved filters and stuck-order figures (the board)
     */
    public MainViewModel(UiContext ctx, ConflictDesk conflicts, ApprovalQueries approvals, AccountsDesk accounts,
                         PaperDesk papers, AgendaQueries agenda, DashboardQueries dashboard, PersonalDesk personal) {
        this.ctx = ctx;
        this.feed = new ActivityFeed(ctx.board(), ctx.executor(), ctx.actor().login());
        this.today = new TodayViewModel(ctx, feed, this::openOrder, approvals, () -> show(Screen.A_VALIDER));
        // « Noter un appel » opens the order file until contact reports have a form of their own
        this.board = new BoardViewModel(ctx, feed, this::openOrder, papers, personal, this::openOrder);
        this.orderFile = new OrderFileViewModel(ctx, feed::refresh, papers, agenda);
        this.conflicts = new ConflictsViewModel(ctx, conflicts, feed::refresh, this::openOrder);
        this.inbox = new InboxViewModel(ctx, approvals, feed::refresh, this::openOrder);
        this.accounts = new AccountsViewModel(ctx, accounts);
        this.agenda = new AgendaViewModel(ctx, agenda, this::openOrder, feed::refresh);
        this.dashboard = new DashboardViewModel(ctx, dashboard, this::openOrder, papers);
    }

    public AgendaViewModel agenda() {
        return agenda;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public AccountsViewModel accounts() {
        return accounts;
    }

    public InboxViewModel inbox() {
        return inbox;
    }

    public ConflictsViewModel conflicts() {
        return conflicts;
    }

    public ActivityFeed feed() {
        return feed;
    }

    public TodayViewModel today() {
        return today;
    }

    public BoardViewModel board() {
        return board;
    }

    public OrderFileViewModel orderFile() {
        return orderFile;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** The form currently open, a fresh one each time "new order" is chosen. */
    public ReadOnlyObjectProperty<NewOrderViewModel> newOrderProperty() {
        return newOrder.getReadOnlyProperty();
    }

    /** Reads the data and, on a first start with nothing in it, offers the demo orders. */
    public void start(DemoDataOffer demo) {
        feed.refresh();
        ctx.executor().execute(BackgroundTask.of(demo::applies).onSuccess(applies -> {
            if (applies && ctx.dialogs().confirm(ctx.messages().get("demo.title"), ctx.messages().get("demo.ask"))) {
                demoLoading.set(true);
                ctx.executor().execute(BackgroundTask.run(demo::load)
                        .onSuccess(v -> {
                            demoLoading.set(false);
                            feed.refresh();
                        })
                        .onFailure(e -> {
                            demoLoading.set(false);
                            ctx.dialogs().showError(ctx.messages().get("demo.title"), String.valueOf(e.getMessage()));
                        }));
            }
        }));
    }

    /** True while the demo orders are being written (it takes a while: the screen says so). */
    public ReadOnlyBooleanProperty demoLoadingProperty() {
        return demoLoading.getReadOnlyProperty();
    }

    public void show(Screen s) {
        if (s == Screen.NOUVELLE_COMMANDE) {
            newOrder();
            return;
        }
        if (s == Screen.CONFLITS) {
            conflicts.refresh();
        }
        if (s == Screen.A_VALIDER) {
            inbox.refresh();
        }
        if (s == Screen.COMPTES) {
            accounts.refresh();
        }
        if (s == Screen.AGENDA) {
            agenda.refresh();
        }
        if (s == Screen.TABLEAU_DE_BORD) {
            dashboard.refresh();
        }
        screen.set(s);
    }

    /**
     * A sync wrote into the store: the lists read again (Ma journée and its answers, the board) and
     * the inbox or the conflicts when they show, so a request, an answer or a refusal appears by itself.
     */
    public void synced() {
        feed.refresh();
        if (screen.get() == Screen.A_VALIDER) {
            inbox.refresh();
        } else if (screen.get() == Screen.CONFLITS) {
            conflicts.refresh();
        }
    }

    public void newOrder() {
        newOrder.set(new NewOrderViewModel(ctx, this::openOrder));
        screen.set(Screen.NOUVELLE_COMMANDE);
    }

    public void openOrder(UUID orderId) {
        // from "à corriger" too: once the field is fixed, "back" returns to the list to resend the order
        if (screen.get() == Screen.MA_JOURNEE || screen.get() == Screen.TABLEAU || screen.get() == Screen.CONFLITS
                || screen.get() == Screen.A_VALIDER || screen.get() == Screen.AGENDA
                || screen.get() == Screen.TABLEAU_DE_BORD) {
            beforeOrder = screen.get();
        }
        if (screen.get() == Screen.NOUVELLE_COMMANDE) {
            feed.refresh();
        }
        orderFile.load(orderId);
        screen.set(Screen.FICHE_COMMANDE);
    }

    /** Leaves the order file or the form for the list it was opened from. */
    public void back() {
        show(beforeOrder);
    }
}
