package fr.cession.ui.dashboard;

import fr.cession.domain.dashboard.DashboardFigures;
import fr.cession.domain.dashboard.DashboardFilter;
import fr.cession.domain.dashboard.DashboardOrder;
import fr.cession.domain.dashboard.DashboardQueries;
import fr.cession.domain.dashboard.DashboardSlice;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.PaperDesk;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The manager's dashboard: the figures of a period for a site and a person, read by the store's
 * aggregate queries off the FX thread, and the orders behind any figure (the click-through), which
 * open in the order file and export like the board's list.
 */
public final class DashboardViewModel {

    /** The period proposed first: the last three months. */
    private static final int DEFAULT_MONTHS = 3;

    private final UiContext ctx;
    private final DashboardQueries queries;
    private final Consumer<UUID> openOrder;
    private final Refusals refusals;
    private final ObjectProperty<String> from = new SimpleObjectProperty<>();
    private final ObjectProperty<String> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> site = new SimpleObjectProperty<>();
    private final ObjectProperty<String> person = new SimpleObjectProperty<>();
    private final ObservableList<String> sites = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DashboardFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DashboardOrder> orders = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DashboardSlice> slice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper ordersTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final DashboardExport export;
    private DashboardFilter applied;

    public DashboardViewModel(UiContext ctx, DashboardQueries queries, Consumer<UUID> openOrder, PaperDesk papers) {
        this.ctx = ctx;
        this.queries = queries;
        this.openOrder = openOrder;
        this.refusals = new Refusals(ctx.messages(), ctx.zone());
        this.export = new DashboardExport(ctx, papers, this::ordersTitleOrSheet, orders);
        LocalDate today = LocalDate.now(ctx.clock());
        Formats f = ctx.formats();
        from.set(f.date(today.minusMonths(DEFAULT_MONTHS)));
        to.set(f.date(today));
    }

    /** Checks the period typed, then reads the figures (and the sites and people on the first time). */
    public void refresh() {
        Optional<DashboardFilter> filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        error.set("");
        DashboardFilter f = filter.get();
        boolean first = sites.isEmpty() && people.isEmpty();
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> new Read(queries.figures(f, ctx.clock().instant(), monday()),
                        first ? queries.choices() : null))
                .onSuccess(read -> {
                    applied = f;
                    figures.set(read.figures());
                    if (read.choices() != null) {
                        sites.setAll(read.choices().sites());
                        people.setAll(read.choices().advisors());
                    }
                    if (slice.get() != null) {
                        drill(slice.get());
                    }
                })
                .onFailure(e -> error.set(refusals.say(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** The orders behind one figure, for the filter the figures were read with. */
    public void drill(DashboardSlice which) {
        if (applied == null) {
            return;
        }
        DashboardFilter f = applied;
        slice.set(which);
        ordersTitle.set(title(which));
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> queries.orders(f, which, ctx.clock().instant(), monday()))
                .onSuccess(orders::setAll)
                .onFailure(e -> error.set(refusals.say(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void open(UUID orderId) {
        openOrder.accept(orderId);
    }

    public DashboardExport export() {
        return export;
    }

    private Optional<DashboardFilter> filter() {
        Messages m = ctx.messages();
        Optional<LocalDate> start = Formats.parseDate(from.get() == null ? "" : from.get());
        Optional<LocalDate> end = Formats.parseDate(to.get() == null ? "" : to.get());
        if (start.isEmpty()) {
            error.set(m.get("dashboard.error.date", m.get("dashboard.from"), from.get() == null ? "" : from.get()));
            return Optional.empty();
        }
        if (end.isEmpty()) {
            error.set(m.get("dashboard.error.date", m.get("dashboard.to"), to.get() == null ? "" : to.get()));
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            error.set(m.get("dashboard.error.order", from.get(), to.get()));
            return Optional.empty();
        }
        return Optional.of(new DashboardFilter(start.get(), end.get(), site.get(), person.get()));
    }

    private LocalDate monday() {
        return LocalDate.now(ctx.clock()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private String title(DashboardSlice s) {
        Messages m = ctx.messages();
        return switch (s.kind()) {
            case STAGE -> m.get("dashboard.list.stage", m.label(s.status()));
            case CANCELLED -> m.get("dashboard.list.cancelled", m.label(s.cancellationCase()));
            case OVERDUE -> m.get("dashboard.list.overdue");
            case FUNDS_PENDING -> m.get("dashboard.list.funds");
            case HANDOVERS_WEEK -> m.get("dashboard.list.week");
            case APPROVALS_WAITING -> m.get("dashboard.list.approvals");
            case SOLD -> m.get("dashboard.list.sold");
        };
    }

    private String ordersTitleOrSheet() {
        return ordersTitle.get().isBlank() ? ctx.messages().get("dashboard.title") : ordersTitle.get();
    }

    private record Read(DashboardFigures figures, DashboardQueries.Choices choices) {
    }

    /** The period's first day, as typed (JJ/MM/AAAA). */
    public ObjectProperty<String> fromProperty() {
        return from;
    }

    /** The period's last day, as typed (JJ/MM/AAAA). */
    public ObjectProperty<String> toProperty() {
        return to;
    }

    /** The site chosen, null for every site. */
    public ObjectProperty<String> siteProperty() {
        return site;
    }

    /** The advisor chosen, null for everyone. */
    public ObjectProperty<String> personProperty() {
        return person;
    }

    public ObservableList<String> sites() {
        return sites;
    }

    public ObservableList<String> people() {
        return people;
    }

    public ReadOnlyObjectProperty<DashboardFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The orders behind the figure last clicked. */
    public ObservableList<DashboardOrder> orders() {
        return orders;
    }

    public ReadOnlyObjectProperty<DashboardSlice> sliceProperty() {
        return slice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ordersTitleProperty() {
        return ordersTitle.getReadOnlyProperty();
    }

    /** A bad period typed, or a read that failed; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
