package fr.cession.ui.board;

import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;
import fr.cession.ui.ActivityFeed;
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
import java.util.List;
import java.util.Map;
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
    private final BoardRedFlags redFlags;
    private BoardIndex index = BoardIndex.EMPTY;
    private long requested;

    public BoardViewModel(UiContext ctx, ActivityFeed feed, Consumer<UUID> openOrder) {
        this(ctx, feed, openOrder, PaperDesk.NONE);
    }

    /** @param desk where the board's list is exported (none: "Exporter…" is not offered) */
    public BoardViewModel(UiContext ctx, ActivityFeed feed, Consumer<UUID> openOrder, PaperDesk desk) {
        this.ctx = ctx;
        this.feed = feed;
        this.openOrder = openOrder;
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
        search.addListener((obs, o, n) -> applyFilter());
        reindex(feed.snapshotProperty().get());
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

    public void clearFilters() {
        assignee.set(null);
        role.set(null);
        stage.set(null);
        due.set(DueWindow.TOUTES);
        search.set("");
    }

    private void reindex(BoardSnapshot snapshot) {
        long ticket = ++requested;
        // one instant per refresh: every card's timing and warning is decided against it, once
        Instant now = ctx.clock().instant();
        BoardCards cards = new BoardCards(ctx.messages(), ctx.formats(), ctx.settings(), now, ctx.zone());
        ctx.executor().execute(BackgroundTask.of(() -> BoardIndex.of(snapshot, cards, now, ctx.zone()))
                .onSuccess(built -> {
                    index = built;
                    assignees.setAll(built.people());
                    if (ticket == requested) {
                        applyFilter();
                    }
                }));
    }

    private void applyFilter() {
        long ticket = ++requested;
        BoardIndex current = index;
        BoardFilter filter = new BoardFilter(assignee.get(), role.get(), stage.get(), due.get(), search.get());
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
