package fr.cession.ui.today;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.board.IdleOrder;
import fr.cession.domain.timer.ArmedTimer;
import fr.cession.domain.user.Role;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.UiContext;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * "Ma journée": the manager's answers to my requests of the last days, the timed outcomes firing
 * within 24 h (so a person acts before them), my open activities grouped
 * late / today / coming, and my orders with nothing planned; a manager also sees how many requests
 * wait in "À valider".
 */
public final class TodayViewModel {

    static final List<ActivityTiming> GROUPS = List.of(ActivityTiming.EN_RETARD, ActivityTiming.AUJOURDHUI,
            ActivityTiming.PLANIFIEE);

    private final UiContext ctx;
    /** How far ahead « Se déclenche dans les 24 h » looks: a day is enough to act before the timer. */
    static final Duration TIMERS_SHOWN = Duration.ofHours(24);

    /** How far back a decided request still shows as news on the requester's day. */
    static final Duration ANSWERS_SHOWN = Duration.ofDays(7);

    private final ActivityFeed feed;
    private final Consumer<UUID> openOrder;
    private final ApprovalQueries approvals;
    private final Runnable openInbox;
    private final ObservableList<TodayRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TodayRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper today = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper upcoming = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper idle = new ReadOnlyIntegerWrapper();

    public TodayViewModel(UiContext ctx, ActivityFeed feed, Consumer<UUID> openOrder) {
        this(ctx, feed, openOrder, ApprovalQueries.NONE, () -> { });
    }

    /**
     * @param approvals where the answers to my requests and the manager's waiting requests are read
     * @param openInbox shows "À valider" (from the manager's line of waiting requests)
     */
    public TodayViewModel(UiContext ctx, ActivityFeed feed, Consumer<UUID> openOrder, ApprovalQueries approvals,
                          Runnable openInbox) {
        this.ctx = ctx;
        this.feed = feed;
        this.openOrder = openOrder;
        this.approvals = approvals;
        this.openInbox = openInbox;
        // every read, even one finding the same activities: the answers to my requests may have come in
        feed.mineReadsProperty().addListener((obs, old, n) -> rebuild(feed.mineProperty().get()));
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

    /** Opens the order of the row, if it has one; the manager's waiting line opens the inbox. */
    public void open(TodayRow row) {
        if (row instanceof TodayRow.Item item) {
            openOrder.accept(item.card().orderId());
        } else if (row instanceof TodayRow.Idle idleRow) {
            openOrder.accept(idleRow.order().orderId());
        } else if (row instanceof TodayRow.Answer answer) {
            openOrder.accept(answer.item().request().orderId());
        } else if (row instanceof TodayRow.Timer timer) {
            openOrder.accept(timer.timer().orderId());
        } else if (row instanceof TodayRow.Waiting) {
            openInbox.run();
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
        // read with the snapshot, off the FX thread: a decision synced in shows at the next refresh
        List<ApprovalItem> answers = approvals.answeredFor(login, now.minus(ANSWERS_SHOWN));
        if (!answers.isEmpty()) {
            out.add(new TodayRow.AnswersHeading(answers.size()));
            answers.forEach(a -> out.add(new TodayRow.Answer(a)));
        }
        if (ctx.actor().holds(Role.MANAGER)) {
            int waiting = approvals.pending().size();
            if (waiting > 0) {
                out.add(new TodayRow.Waiting(waiting));
            }
        }
        List<ArmedTimer> timers = ctx.actions().upcomingTimers(TIMERS_SHOWN);
        if (!timers.isEmpty()) {
            out.add(new TodayRow.TimersHeading(timers.size()));
            timers.forEach(t -> out.add(new TodayRow.Timer(t)));
        }
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
