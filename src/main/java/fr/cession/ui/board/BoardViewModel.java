package fr.cession.ui.board;

import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;
import fr.cession.domain.order.HandoverMode;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.PersonalDesk;
import fr.cession.ui.UiContext;
import fr.cession.ui.papers.PaperDesk;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The board: one card per order in a column per status (default), or one card per open activity
 * in a column per activity type, filtered as the user types. Cards are drawn (timing, warning,
 * texts) off the FX thread when the data changes, and every filter runs off it too; a result that
 * arrives after a newer request is dropped.
 */
public final class BoardViewModel {

    private final UiContext ctx;
    private final ActivityFeed feed;
    private final Consumer<UUID> openOrder;

    private final ObjectProperty<BoardGrouping> grouping = new SimpleObjectProperty<>(BoardGrouping.ETAPE_COMMANDE);
    private final ObjectProperty<String> assignee = new SimpleObjectProperty<>();
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final ObjectProperty<OrderStatus> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<DueWindow> due = new SimpleObjectProperty<>(DueWindow.TOUTES);
    private final ObjectProperty<HandoverMode> mode = new SimpleObjectProperty<>();
    private final ObjectProperty<SavedFilter> chosen = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");

    private final ObservableList<BoardColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<BoardColumn> readOnlyColumns = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<String> assignees = FXCollections.observableArrayList();
    private final ObservableList<String> assigneesView = FXCollections.unmodifiableObservableList(assignees);
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper appliedRequest = new ReadOnlyLongWrapper();
    /** The user's fold / unfold choices, kept across refreshes and mode switches. */
    private final Map<String, Boolean> collapsedChoice = new HashMap<>();

    private final BoardExport export;
    private final PersonalDesk personal;
    private final BoardMoves moves;
    private final SavedFilters saved;
    private final BoardRedFlags redFlags;
    private BoardIndex index = BoardIndex.EMPTY;
    private long requested;

    public BoardViewModel(UiContext ctx, ActivityFeed feed, Consumer<UUID> openOrder) {
        this(ctx, feed, openOrder, PaperDesk.NONE);
    }

    /** @param desk where the board's list is exported (none: "Exporter…" is not offered) */
    public BoardViewModel(UiContext ctx, ActivityFeed feed, Consumer<UUID> openOrder, PaperDesk desk) {
        this(ctx, feed, openOrder, desk, PersonalDesk.QUIET, openOrder);
    }

    /**
     * @param personal the person's saved filters and the stuck-order figures
     * @param logCall  « Noter un appel » on a card (the order file until contact reports have their form)
     */
    public BoardViewModel(UiContext ctx, ActivityFeed feed, Consumer<UUID> openOrder, PaperDesk desk,
                          PersonalDesk personal, Consumer<UUID> logCall) {
        this.ctx = ctx;
        this.feed = feed;
        this.openOrder = openOrder;
        this.personal = personal;
        this.moves = new BoardMoves(ctx, feed::refresh, logCall);
        this.saved = new SavedFilters(ctx, personal.settings());
        saved.load();
        this.export = new BoardExport(ctx, desk, () -> columns, grouping::get);
        this.redFlags = new BoardRedFlags(ctx.board(), ctx.executor());
        feed.boardReadsProperty().addListener((obs, old, n) -> redFlags.refresh());
        redFlags.refresh();
        // every read, even one that finds the same data: the cards' timing is decided at each refresh
        feed.boardReadsProperty().addListener((obs, old, n) -> reindex(feed.snapshotProperty().get()));
        grouping.addListener((obs, o, n) -> applyFilter());
        assignee.addListener((obs, o, n) -> applyFilter());
        role.addListener((obs, o, n) -> applyFilter());
        stage.addListener((obs, o, n) -> applyFilter());
        due.addListener((obs, o, n) -> applyFilter());
        mode.addListener((obs, o, n) -> applyFilter());
        search.addListener((obs, o, n) -> applyFilter());
        reindex(feed.snapshotProperty().get());
    }

    /** Moving a card to the next stage, and a card's quick actions. */
    public BoardMoves moves() {
        return moves;
    }

    /** The filters this person named. */
    public SavedFilters saved() {
        return saved;
    }

    /** Hand-over or delivery; null: both. */
    public ObjectProperty<HandoverMode> modeProperty() {
        return mode;
    }

    /** The saved filter last applied (null once none is, or after « Effacer les filtres »). */
    public ObjectProperty<SavedFilter> chosenProperty() {
        return chosen;
    }

    /** Sets every filter and the grouping as the saved filter has them. */
    public void apply(SavedFilter f) {
        if (f == null) {
            return;
        }
        grouping.set(f.grouping());
        assignee.set(f.filter().assignee());
        role.set(f.filter().role());
        stage.set(f.filter().stage());
        due.set(f.filter().due() == null ? DueWindow.TOUTES : f.filter().due());
        mode.set(f.filter().mode());
        search.set(f.filter().search() == null ? "" : f.filter().search());
        chosen.set(f);
    }

    /** Keeps the filters on screen under {@code name} (replacing a filter of that name). */
    public void saveFilter(String name) {
        saved.save(new SavedFilter(name, currentFilter(), grouping.get()), chosen::set);
    }

    /** « Enregistrer… »: asks the name (the chosen filter's, to replace it, by default), then saves. */
    public void askAndSaveFilter() {
        SavedFilter current = chosen.get();
        ctx.dialogs().askText(ctx.messages().get("board.saved.save.title"), ctx.messages().get("board.saved.save.prompt"),
                current == null ? "" : current.name()).ifPresent(this::saveFilter);
    }

    public void deleteFilter(SavedFilter f) {
        if (f != null) {
            saved.delete(f.name());
            if (f.equals(chosen.get())) {
                chosen.set(null);
            }
        }
    }

    private BoardFilter currentFilter() {
        return new BoardFilter(assignee.get(), role.get(), stage.get(), due.get(), search.get(), mode.get());
    }

    /** The orders' red flags (003:9), for the cards' badges. */
    BoardRedFlags redFlags() {
        return redFlags;
    }

    /** "Exporter…": the cards shown, to CSV or XLSX. */
    public BoardExport export() {
        return export;
    }

    public ObjectProperty<BoardGrouping> groupingProperty() {
        return grouping;
    }

    public ObjectProperty<String> assigneeProperty() {
        return assignee;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<OrderStatus> stageProperty() {
        return stage;
    }

    public ObjectProperty<DueWindow> dueProperty() {
        return due;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<BoardColumn> columns() {
        return readOnlyColumns;
    }

    public ObservableList<String> assignees() {
        return assigneesView;
    }

    /** Cards on the board once filtered: orders by status, or open activities by type. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The number of the last filter request whose result is on screen (tests and the benchmark wait on it). */
    public ReadOnlyLongProperty appliedRequestProperty() {
        return appliedRequest.getReadOnlyProperty();
    }

    public long lastRequest() {
        return requested;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return feed.loadingProperty();
    }

    public void refresh() {
        feed.refresh();
    }

    public void open(BoardCard card) {
        if (card != null) {
            openOrder.accept(card.orderId());
        }
    }

    public void openOrder(UUID orderId) {
        openOrder.accept(orderId);
    }

    /**
     * Enter in the search box: a search that narrowed the board to one order opens it, as a
     * person typing a number expects; otherwise nothing happens and the caller moves to the cards.
     */
    public boolean openTheOnlyOrderShown() {
        Set<UUID> orders = new HashSet<>();
        columns.forEach(c -> c.cards().forEach(card -> orders.add(card.orderId())));
        if (orders.size() != 1) {
            return false;
        }
        openOrder(orders.iterator().next());
        return true;
    }

    public void clearFilters() {
        assignee.set(null);
        role.set(null);
        stage.set(null);
        due.set(DueWindow.TOUTES);
        mode.set(null);
        search.set("");
        chosen.set(null);
    }

    private void reindex(BoardSnapshot snapshot) {
        long ticket = ++requested;
        // one instant per refresh: every card's timing and warning is decided against it, once
        Instant now = ctx.clock().instant();
        ctx.executor().execute(BackgroundTask.of(() -> BoardIndex.of(snapshot, cards(now), now, ctx.zone()))
                .onSuccess(built -> {
                    index = built;
                    assignees.setAll(built.people());
                    if (ticket == requested) {
                        applyFilter();
                    }
                }));
    }

    /** Off the FX thread: the stage entry times are read with the cards they go on. */
    private BoardCards cards(Instant now) {
        return new BoardCards(ctx.messages(), ctx.formats(), ctx.settings(), now, ctx.zone(),
                ctx.board().stageEnteredAt(), personal.stuck());
    }

    private void applyFilter() {
        long ticket = ++requested;
        BoardIndex current = index;
        BoardFilter filter = currentFilter();
        BoardGrouping by = grouping.get();
        BoardLayout layout = new BoardLayout(ctx.messages());
        ctx.executor().execute(BackgroundTask.of(() -> layout.lay(current, current.filter(filter, by), by))
                .onSuccess(result -> {
                    if (ticket == requested) {
                        show(result, !BoardIndex.normalise(filter.search()).isEmpty());
                        appliedRequest.set(ticket);
                    }
                }));
    }

    private void show(BoardLayout.Result layout, boolean searching) {
        List<BoardLayout.Column> wanted = layout.columns();
        boolean sameColumns = columns.size() == wanted.size();
        for (int i = 0; sameColumns && i < columns.size(); i++) {
            sameColumns = columns.get(i).key().equals(wanted.get(i).key())
                    && columns.get(i).title().equals(wanted.get(i).title());
        }
        if (!sameColumns) {
            List<BoardColumn> fresh = new ArrayList<>();
            for (BoardLayout.Column c : wanted) {
                BoardColumn col = new BoardColumn(c.key(), c.title(), c.collapsible(),
                        collapsedChoice.getOrDefault(c.key(), c.collapsible()));
                col.collapsedProperty().addListener((o, a, n) -> collapsedChoice.put(c.key(), n));
                fresh.add(col);
            }
            columns.setAll(fresh);
        }
        for (int i = 0; i < columns.size(); i++) {
            BoardLayout.Column c = wanted.get(i);
            columns.get(i).show(c.cards(), c.header(), searching);
        }
        shown.set(layout.total());
    }
}
