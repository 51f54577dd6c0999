package fr.cession.ui.board;

import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.board.CardWarning;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.UiContext;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The board: columns per activity type or per order stage, filtered as the user types. The
 * index is rebuilt off the FX thread when the data changes and every filter runs off it too; a
 * result that arrives after a newer request is dropped.
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

    private BoardIndex index = new BoardIndex(List.of());
    private long requested;

    public BoardViewModel(UiContext ctx, ActivityFeed feed, Consumer<UUID> openOrder) {
        this.ctx = ctx;
        this.feed = feed;
        this.openOrder = openOrder;
        feed.snapshotProperty().addListener((obs, old, s) -> reindex(s));
        grouping.addListener((obs, o, n) -> applyFilter());
        assignee.addListener((obs, o, n) -> applyFilter());
        role.addListener((obs, o, n) -> applyFilter());
        stage.addListener((obs, o, n) -> applyFilter());
        due.addListener((obs, o, n) -> applyFilter());
        search.addListener((obs, o, n) -> applyFilter());
        reindex(feed.snapshotProperty().get());
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

    public void open(ActivityCard card) {
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

    public Optional<CardWarning> warning(ActivityCard card) {
        return CardWarning.of(card, ctx.clock().instant(), ctx.zone(), ctx.settings());
    }

    private void reindex(BoardSnapshot snapshot) {
        long ticket = ++requested;
        ctx.executor().execute(BackgroundTask.of(() -> new BoardIndex(snapshot.cards())).onSuccess(built -> {
            index = built;
            TreeSet<String> people = new TreeSet<>();
            built.cards().forEach(c -> {
                String owner = BoardIndex.owner(c);
                if (owner != null) {
                    people.add(owner);
                }
            });
            assignees.setAll(people);
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
        Instant now = ctx.clock().instant();
        ctx.executor().execute(BackgroundTask.of(() -> layout(current, current.filter(filter, now, ctx.zone()), by))
                .onSuccess(result -> {
                    if (ticket == requested) {
                        show(result, by);
                        appliedRequest.set(ticket);
                    }
                }));
    }

    private record Layout(List<String> keys, Map<String, String> titles, Map<String, List<ActivityCard>> cards,
                          int total) {
    }

    private Layout layout(BoardIndex all, List<ActivityCard> filtered, BoardGrouping by) {
        Map<String, String> titles = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        if (by == BoardGrouping.ETAPE_COMMANDE) {
            for (OrderStatus s : OrderStatus.values()) {
                if (!s.terminal()) {
                    keys.add(s.name());
                    titles.put(s.name(), ctx.messages().label(s));
                }
            }
        } else {
            // columns stay put while filtering: every type in the data, in the order of the path
            Map<String, Integer> stageOf = new HashMap<>();
            for (ActivityCard c : all.cards()) {
                stageOf.merge(c.typeCode(), c.orderStatus().ordinal(), Math::min);
                titles.putIfAbsent(c.typeCode(), c.title());
            }
            keys.addAll(stageOf.keySet());
            keys.sort(Comparator.comparing((String k) -> stageOf.get(k)).thenComparing(titles::get));
        }
        Map<String, List<ActivityCard>> byKey = new HashMap<>();
        keys.forEach(k -> byKey.put(k, new ArrayList<>()));
        for (ActivityCard c : filtered) {
            String k = by == BoardGrouping.ETAPE_COMMANDE ? c.orderStatus().name() : c.typeCode();
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
        }
        return new Layout(keys, titles, byKey, filtered.size());
    }

    private void show(Layout layout, BoardGrouping by) {
        boolean sameColumns = columns.size() == layout.keys().size();
        for (int i = 0; sameColumns && i < columns.size(); i++) {
            sameColumns = columns.get(i).key().equals(layout.keys().get(i));
        }
        if (!sameColumns) {
            List<BoardColumn> fresh = new ArrayList<>();
            for (String k : layout.keys()) {
                fresh.add(new BoardColumn(k, layout.titles().get(k)));
            }
            columns.setAll(fresh);
        }
        for (BoardColumn col : columns) {
            col.show(layout.cards().getOrDefault(col.key(), List.of()));
        }
        shown.set(layout.total());
    }
}
