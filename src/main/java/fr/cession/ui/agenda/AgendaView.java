package fr.cession.ui.agenda;

import atlantafx.base.theme.Styles;
import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.EntryViewBase;
import fr.cession.domain.agenda.Appointment;
import fr.cession.domain.order.HandoverMode;
import fr.cession.ui.control.AllOrOne;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agenda screen: CalendarFX's day / week / month pages over the view model's appointments,
 * hand-overs and deliveries in two calendars. Dragging an entry, or « Déplacer… » (Ctrl+D) on the
 * selected one, asks the view model to move it; the entries are rebuilt from what it publishes,
 * so a refused move goes back by itself.
 */
public final class AgendaView extends BorderPane {

    /** The style of a hand-over whose inspector is booked twice (cession.css). */
    static final String DOUBLE_BOOKED = "agenda-double-booked";
    /** 7:00 to 20:00 with the compressed night on either side, on one screen. */
    private static final int WORKING_HOURS = 14;
    private static final KeyCombination MOVE_KEY = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination INSPECTOR_KEY = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final AgendaViewModel vm;
    private final Messages m;
    private final Formats f;
    private final CalendarView calendar = new CalendarView();
    private final Calendar<Appointment> handovers;
    private final Calendar<Appointment> deliveries;
    private final List<Entry<?>> shown = new ArrayList<>();
    private boolean rebuilding;

    public AgendaView(AgendaViewModel vm, Messages m, Formats f) {
        this.vm = vm;
        this.m = m;
        this.f = f;
        setId("agenda-view");
        handovers = new Calendar<>(m.get("agenda.calendar.handovers"));
        handovers.setStyle(Calendar.Style.STYLE1);
        deliveries = new Calendar<>(m.get("agenda.calendar.deliveries"));
        deliveries.setStyle(Calendar.Style.STYLE2);
        CalendarSource source = new CalendarSource(m.get("agenda.title"));
        source.getCalendars().setAll(handovers, deliveries);
        setUpCalendar(source);

        setTop(toolbar());
        setCenter(calendar);
        vm.revisionProperty().addListener((o, a, b) -> rebuild());
        vm.spanProperty().addListener((o, a, s) -> showSpan(s));
        calendar.dateProperty().addListener((o, a, d) -> {
            if (d != null && !rebuilding) {
                vm.show(d);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (MOVE_KEY.match(e)) {
                moveSelected();
                e.consume();
            } else if (INSPECTOR_KEY.match(e)) {
                vm.askInspector(selected().map(Appointment::orderId).orElse(null));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && selected().isPresent()) {
                vm.open(selected().get().orderId());
                e.consume();
            }
        });
        rebuild();
        showSpan(vm.spanProperty().get());
    }

    /** The « now » line and today's column at the site's time, moved each minute. */
    private void followSiteTime() {
        Runnable tick = () -> {
            LocalDateTime now = vm.now();
            calendar.setToday(now.toLocalDate());
            calendar.setTime(now.toLocalTime());
        };
        tick.run();
        Timeline minutes = new Timeline(new KeyFrame(Duration.minutes(1), e -> tick.run()));
        minutes.setCycleCount(Animation.INDEFINITE);
        minutes.play();
    }

    private void setUpCalendar(CalendarSource source) {
        calendar.setId("agenda-calendar");
        calendar.getCalendarSources().setAll(source);
        calendar.setZoneId(f.zone());
        calendar.setToday(vm.dateProperty().get());
        followSiteTime();
        calendar.setDate(vm.dateProperty().get());
        // the working day fills the day and week pages; night hours stay, compressed
        calendar.setStartTime(LocalTime.of(7, 0));
        calendar.setEndTime(LocalTime.of(20, 0));
        var day = calendar.getDayPage().getDetailedDayView();
        day.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.SHOW_COMPRESSED);
        day.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
        day.setVisibleHours(WORKING_HOURS);
        calendar.getWeekPage().getDetailedWeekView().setEarlyLateHoursStrategy(
                DayViewBase.EarlyLateHoursStrategy.SHOW_COMPRESSED);
        var week = calendar.getWeekPage().getDetailedWeekView().getWeekView();
        week.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
        week.setVisibleHours(WORKING_HOURS);
        calendar.setShowAddCalendarButton(false);
        calendar.setShowPrintButton(false);
        calendar.setShowSearchField(false);
        calendar.setShowSourceTrayButton(false);
        calendar.setShowSourceTray(false);
        calendar.setShowPageSwitcher(false);
        calendar.setShowDeveloperConsole(false);
        // its tool bar would only hold what is hidden above; the page keeps today / previous / next
        calendar.setShowToolBar(false);
        // appointments come from orders: none is created here, and only a move is a change
        calendar.setEntryFactory(p -> null);
        calendar.setContextMenuCallback(p -> null);
        calendar.setEntryEditPolicy(p -> p.getEditOperation() == DateControl.EditOperation.MOVE);
        calendar.setEntryDetailsCallback(p -> {
            if (p.getEntry().getUserObject() instanceof Appointment a) {
                vm.open(a.orderId());
            }
            return true;
        });
        calendar.setEntryContextMenuCallback(p -> {
            if (!(p.getEntry().getUserObject() instanceof Appointment a)) {
                return null;
            }
            MenuItem open = new MenuItem(m.get("agenda.open"));
            open.setOnAction(e -> vm.open(a.orderId()));
            MenuItem move = new MenuItem(m.get("agenda.move"));
            move.setOnAction(e -> moveTyped(a));
            MenuItem inspector = new MenuItem(m.get("agenda.inspector"));
            inspector.setOnAction(e -> vm.askInspector(a.orderId()));
            return new ContextMenu(open, move, inspector);
        });
        for (Calendar<Appointment> c : List.of(handovers, deliveries)) {
            c.addEventHandler(this::moved);
        }
        // CalendarFX draws its entries itself: the tooltip goes on a flagged one as the mouse comes to it
        calendar.addEventFilter(MouseEvent.MOUSE_ENTERED_TARGET, e -> tip(e.getTarget()));
    }

    private void tip(Object target) {
        Node n = target instanceof Node node ? node : null;
        while (n != null && !(n instanceof EntryViewBase<?>)) {
            n = n.getParent();
        }
        if (n instanceof EntryViewBase<?> view && view.getEntry().getUserObject() instanceof Appointment a
                && !view.getProperties().containsKey(DOUBLE_BOOKED)) {
            vm.doubleBooking(a.orderId()).ifPresent(text -> {
                Tooltip t = new Tooltip(text);
                t.setWrapText(true);
                t.setMaxWidth(420);
                Tooltip.install(view, t);
                view.getProperties().put(DOUBLE_BOOKED, t);
            });
        }
    }

    private VBox toolbar() {
        Label title = new Label(m.get("agenda.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        ToggleGroup spans = new ToggleGroup();
        ToggleButton day = span(m.get("agenda.span.day"), AgendaViewModel.Span.DAY, spans, "agenda-day");
        ToggleButton week = span(m.get("agenda.span.week"), AgendaViewModel.Span.WEEK, spans, "agenda-week");
        ToggleButton month = span(m.get("agenda.span.month"), AgendaViewModel.Span.MONTH, spans, "agenda-month");
        ComboBox<String> site = AllOrOne.choice("agenda-site", vm.sites(), m.get("agenda.allSites"),
                vm.siteProperty()::set);
        ComboBox<String> person = AllOrOne.choice("agenda-person", vm.people(), m.get("agenda.allPeople"),
                vm.personProperty()::set);
        ComboBox<String> inspector = AllOrOne.choice("agenda-inspector", vm.inspectors(),
                m.get("agenda.allInspectors"), vm.inspectorProperty()::set);
        Button setInspector = new Button(m.get("agenda.inspector"));
        setInspector.setId("agenda-set-inspector");
        setInspector.setTooltip(new Tooltip(m.get("agenda.inspector.tip")));
        setInspector.setOnAction(e -> vm.askInspector(selected().map(Appointment::orderId).orElse(null)));
        Button move = new Button(m.get("agenda.move"));
        move.setId("agenda-move");
        move.setTooltip(new Tooltip(m.get("agenda.move.tip")));
        move.setOnAction(e -> moveSelected());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        for (Region r : List.of(title, day, week, month, setInspector, move)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, title, day, week, month, spring, busy, setInspector, move);
        bar.setAlignment(Pos.CENTER_LEFT);
        // the filters on a line of their own: per site, per advisor and per inspector, nothing cut
        HBox filters = new HBox(8, label("agenda.site"), site, label("agenda.person"), person,
                label("agenda.inspectorFilter"), inspector);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("agenda-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        // swapped, not set: setAll would also drop the « label » class the theme styles every label by
        vm.refusedProperty().addListener((o, a, r) -> Styles.addStyleClass(notice, r ? Styles.DANGER : Styles.SUCCESS,
                Styles.DANGER, Styles.SUCCESS));
        Label legend = new Label(m.get("agenda.legend"));
        legend.getStyleClass().add(Styles.TEXT_MUTED);
        Label clashes = new Label();
        clashes.setId("agenda-double-bookings");
        clashes.setWrapText(true);
        clashes.getStyleClass().add(Styles.WARNING);
        clashes.textProperty().bind(vm.doubleBookingsProperty());
        clashes.visibleProperty().bind(vm.doubleBookingsProperty().isNotEmpty());
        clashes.managedProperty().bind(clashes.visibleProperty());
        VBox top = new VBox(4, bar, filters, notice, clashes, legend);
        top.setPadding(new Insets(8, 16, 8, 16));
        return top;
    }

    private Label label(String key) {
        Label l = new Label(m.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private ToggleButton span(String text, AgendaViewModel.Span s, ToggleGroup g, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(g);
        b.setSelected(vm.spanProperty().get() == s);
        b.setOnAction(e -> {
            vm.spanProperty().set(s);
            b.setSelected(true);
        });
        return b;
    }

    private void showSpan(AgendaViewModel.Span s) {
        switch (s) {
            case DAY -> calendar.showDayPage();
            case WEEK -> calendar.showWeekPage();
            case MONTH -> calendar.showMonthPage();
        }
    }

    private void moved(CalendarEvent e) {
        if (rebuilding || e.getEventType() != CalendarEvent.ENTRY_INTERVAL_CHANGED
                || !(e.getEntry().getUserObject() instanceof Appointment a)) {
            return;
        }
        vm.move(a.orderId(), e.getEntry().getStartAsLocalDateTime());
    }

    private void moveSelected() {
        vm.askMove(selected().map(Appointment::orderId).orElse(null));
    }

    private void moveTyped(Appointment a) {
        vm.askMove(a.orderId());
    }

    private Optional<Appointment> selected() {
        return calendar.getSelections().stream().map(Entry::getUserObject)
                .filter(Appointment.class::isInstance).map(Appointment.class::cast).findFirst();
    }

    private void rebuild() {
        rebuilding = true;
        try {
            handovers.removeEntries(shown.stream().filter(e -> e.getCalendar() == handovers).toList());
            deliveries.removeEntries(shown.stream().filter(e -> e.getCalendar() == deliveries).toList());
            shown.clear();
            for (Appointment a : vm.appointments()) {
                Entry<Appointment> entry = new Entry<>(title(a), new Interval(a.at(), a.at().plus(vm.slot()), f.zone()));
                if (vm.doubleBooking(a.orderId()).isPresent()) {
                    entry.getStyleClass().add(DOUBLE_BOOKED);
                }
                entry.setUserObject(a);
                entry.setLocation(a.site());
                entry.setId(a.orderId().toString());
                (a.mode() == HandoverMode.LIVRAISON ? deliveries : handovers).addEntry(entry);
                shown.add(entry);
            }
        } finally {
            rebuilding = false;
        }
    }

    private String title(Appointment a) {
        String title = m.get("agenda.entry", a.number(), a.customer(), a.advisor() == null ? "" : a.advisor());
        if (a.mode() == HandoverMode.LIVRAISON) {
            return title;
        }
        String who = a.inspector() == null ? m.get("agenda.entry.noInspector")
                : m.get("agenda.entry.inspector", a.inspector());
        return (vm.doubleBooking(a.orderId()).isPresent() ? m.get("agenda.entry.doubleBooked") + " " : "")
                + title + " — " + who;
    }

    public void focusCalendar() {
        calendar.requestFocus();
    }
}
