package fr.cession.ui.today;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.board.IdleOrder;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.UiContext;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** "Ma journée": my open activities grouped late / today / coming, and my orders with nothing planned. */
public final class TodayViewModel {

    static final List<ActivityTiming> GROUPS = List.of(ActivityTiming.EN_RETARD, ActivityTiming.AUJOURDHUI,
            ActivityTiming.PLANIFIEE);

    private final UiContext ctx;
    private final ActivityFeed feed;
    private final Consumer<UUID> openOrder;
    private final ObservableList<TodayRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TodayRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper today = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper upcoming = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper idle = new ReadOnlyIntegerWrapper();

    public TodayViewModel(UiContext ctx, ActivityFeed feed, Consumer<UUID> openOrder) {
        this.ctx = ctx;
        this.feed = feed;
        this.openOrder = openOrder;
        feed.mineProperty().addListener((obs, old, s) -> rebuild(s));
        rebuild(feed.mineProperty().get());
    }

    public ObservableList<TodayRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty todayProperty() {
        return today.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty upcomingProperty() {
        return upcoming.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty idleProperty() {
        return idle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return feed.loadingProperty();
    }

    public void refresh() {
        feed.refresh();
    }

    /** Opens the order of the row, if it has one. */
    public void open(TodayRow row) {
        if (row instanceof TodayRow.Item item) {
            openOrder.accept(item.card().orderId());
        } else if (row instanceof TodayRow.Idle idleRow) {
            openOrder.accept(idleRow.order().orderId());
        }
    }

    private void rebuild(BoardSnapshot snapshot) {
        String login = ctx.actor().login();
        Instant now = ctx.clock().instant();
        ctx.executor().execute(BackgroundTask.of(() -> group(snapshot, login, now)).onSuccess(this::apply));
    }

    private Grouped group(BoardSnapshot snapshot, String login, Instant now) {
        Map<ActivityTiming, List<TodayRow.Item>> byGroup = new EnumMap<>(ActivityTiming.class);
        GROUPS.forEach(g -> byGroup.put(g, new ArrayList<>()));
        for (ActivityCard card : snapshot.cards()) {
            if (card.isFor(login)) {
                ActivityTiming timing = card.timing(now, ctx.zone());
                byGroup.computeIfAbsent(timing, t -> new ArrayList<>()).add(new TodayRow.Item(card, timing));
            }
        }
        List<TodayRow> out = new ArrayList<>();
        for (ActivityTiming g : GROUPS) {
            List<TodayRow.Item> items = byGroup.get(g);
            items.sort(Comparator.comparing((TodayRow.Item i) -> i.card().dueAt()));
            out.add(new TodayRow.Heading(g, items.size()));
            out.addAll(items);
        }
        List<IdleOrder> mine = snapshot.idleOrders().stream().filter(o -> login.equals(o.advisor())).toList();
        out.add(new TodayRow.IdleHeading(mine.size()));
        mine.forEach(o -> out.add(new TodayRow.Idle(o)));
        return new Grouped(out, byGroup.get(ActivityTiming.EN_RETARD).size(),
                byGroup.get(ActivityTiming.AUJOURDHUI).size(), byGroup.get(ActivityTiming.PLANIFIEE).size(),
                mine.size());
    }

    private void apply(Grouped g) {
        rows.setAll(g.rows());
        overdue.set(g.overdue());
        today.set(g.today());
        upcoming.set(g.upcoming());
        idle.set(g.idle());
    }

    private record Grouped(List<TodayRow> rows, int overdue, int today, int upcoming, int idle) {
    }
}
