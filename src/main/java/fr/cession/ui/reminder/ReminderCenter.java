package fr.cession.ui.reminder;

import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.user.PersonSettings;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.PersonalDesk;
import fr.cession.ui.UiContext;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The desktop's reminders: after each read of my activities (and each minute, by the view), what
 * is new among the candidates ({@link ReminderSources}) is handed to the notifier once, never again
 * in this session. What was already there when the desktop opened (answers, refusals) is not
 * notified: the morning digest, at the first start of the day, counts it. Each kind can be turned
 * off, kept in the person's settings.
 */
public final class ReminderCenter {

    static final String DIGEST_DAY = "reminder.digest.day";

    private final UiContext ctx;
    private final ActivityFeed feed;
    private final ReminderSources sources;
    private final PersonSettings settings;
    private final Consumer<UUID> openOrder;
    private final Runnable openToday;
    private final boolean remind;
    private final Map<ReminderKind, BooleanProperty> enabled = new EnumMap<>(ReminderKind.class);
    private final ObservableList<Reminder> shown = FXCollections.observableArrayList();
    private final Set<String> seen = new HashSet<>();
    private final Instant openedAt;
    private Consumer<Reminder> notifier = r -> { };
    private boolean baselined;
    private boolean loaded;

    /**
     * @param openOrder a notification's click opens its order
     * @param openToday the digest's click shows « Ma journée »
     */
    public ReminderCenter(UiContext ctx, ActivityFeed feed, ApprovalQueries approvals, ConflictDesk conflicts,
                          PersonalDesk personal, Consumer<UUID> openOrder, Runnable openToday) {
        this.ctx = ctx;
        this.feed = feed;
        this.sources = new ReminderSources(ctx, approvals, conflicts, personal.imminent());
        this.settings = personal.settings();
        this.openOrder = openOrder;
        this.openToday = openToday;
        this.remind = personal.remind();
        this.openedAt = ctx.clock().instant();
        for (ReminderKind k : ReminderKind.values()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((o, was, now) -> {
                if (loaded) {
                    save(k, now);
                }
            });
            enabled.put(k, on);
        }
    }

    /** Whether notifications and the digest run at all on this desktop. */
    public boolean active() {
        return remind;
    }

    /** Where notifications go (the view: in the window, and the system tray where there is one). */
    public void notifyWith(Consumer<Reminder> notifier) {
        this.notifier = notifier;
    }

    /** On for a kind unless the person turned it off; turning it off or on is saved. */
    public BooleanProperty enabledProperty(ReminderKind kind) {
        return enabled.get(kind);
    }

    /** Every notification shown in this session, oldest first. */
    public ObservableList<Reminder> shown() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    /** Reads the person's choices, shows the digest if this is the day's first start, then follows the feed. */
    public void start() {
        if (!remind) {
            return;
        }
        String login = ctx.actor().login();
        ctx.executor().execute(BackgroundTask.of(() -> {
            Map<String, String> off = settings.startingWith(login, "reminder.off.");
            LocalDate today = openedAt.atZone(ctx.zone()).toLocalDate();
            boolean firstToday = !settings.get(login, DIGEST_DAY).map(today.toString()::equals).orElse(false);
            if (firstToday) {
                settings.put(login, DIGEST_DAY, today.toString());
            }
            return new Start(off, firstToday);
        }).onSuccess(s -> {
            for (ReminderKind k : ReminderKind.values()) {
                enabled.get(k).set(!"true".equals(s.off().get(k.settingName())));
            }
            loaded = true;
            feed.mineReadsProperty().addListener((o, a, n) -> check());
            if (s.firstToday()) {
                digestWhenRead();
            }
            check();
        }));
    }

    private record Start(Map<String, String> off, boolean firstToday) {
    }

    /** The digest counts my activities: it waits for their first read if it has not come yet. */
    private void digestWhenRead() {
        if (feed.mineReadsProperty().get() > 0) {
            digest();
            return;
        }
        feed.mineReadsProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number n) {
                feed.mineReadsProperty().removeListener(this);
                digest();
            }
        });
    }

    private void digest() {
        BoardSnapshot mine = feed.mineProperty().get();
        Instant now = ctx.clock().instant();
        Instant since = now.minus(java.time.Duration.ofDays(1));
        ctx.executor().execute(BackgroundTask.of(() -> sources.digest(mine, now, since))
                .onSuccess(d -> d.ifPresent(this::deliver)));
    }

    /** Looks for news now (after each read of my activities, and each minute). */
    public void check() {
        if (!remind || !loaded) {
            return;
        }
        BoardSnapshot mine = feed.mineProperty().get();
        Instant now = ctx.clock().instant();
        ctx.executor().execute(BackgroundTask.of(() -> sources.candidates(mine, now, openedAt))
                .onSuccess(this::offer));
    }

    private void offer(List<Reminder> candidates) {
        boolean first = !baselined;
        baselined = true;
        for (Reminder r : candidates) {
            // already there when the desktop opened: the digest counts it, the Conflits screen lists it
            if (first && r.kind() == ReminderKind.REFUS_CENTRAL) {
                seen.add(r.key());
                continue;
            }
            deliver(r);
        }
    }

    private void deliver(Reminder r) {
        if (!enabled.get(r.kind()).get() || !seen.add(r.key())) {
            return;
        }
        shown.add(r);
        notifier.accept(r);
    }

    /** A click on a notification: its order, or « Ma journée » for the digest. */
    public void open(Reminder r) {
        if (r.orderId() != null) {
            openOrder.accept(r.orderId());
        } else {
            openToday.run();
        }
    }

    private void save(ReminderKind kind, boolean on) {
        String login = ctx.actor().login();
        ctx.executor().execute(BackgroundTask.run(() -> settings.put(login, kind.settingName(), on ? null : "true")));
    }
}
