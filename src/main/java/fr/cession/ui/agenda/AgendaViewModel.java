package fr.cession.ui.agenda;

import fr.cession.domain.agenda.AgendaQueries;
import fr.cession.domain.agenda.Appointment;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The agenda of hand-overs and deliveries: the appointments around the month shown, filtered by
 * site and person. A move goes through the workflow like the order file's date (004:26, 004:10);
 * refused, the appointments are published again as stored, so the entry goes back, and the
 * reason is said.
 */
public final class AgendaViewModel {

    /** The calendar's page. */
    public enum Span { DAY, WEEK, MONTH }

    private final UiContext ctx;
    private final AgendaQueries queries;
    private final Consumer<UUID> openOrder;
    private final Runnable changed;
    private final Refusals refusals;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<Span> span = new SimpleObjectProperty<>(Span.WEEK);
    private final ObjectProperty<String> site = new SimpleObjectProperty<>();
    private final ObjectProperty<String> person = new SimpleObjectProperty<>();
    private final ObjectProperty<String> inspector = new SimpleObjectProperty<>();
    private final ObservableList<String> inspectors = FXCollections.observableArrayList();
    private final InspectorBooking booking;
    private Map<UUID, List<Appointment>> doubleBooked = Map.of();
    private final ReadOnlyStringWrapper doubleBookings = new ReadOnlyStringWrapper("");
    private final ObservableList<String> sites = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<Appointment> appointments = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper();
    private List<Appointment> loaded = List.of();
    private LocalDate loadedFrom;
    private LocalDate loadedTo;

    /**
     * @param openOrder opens an appointment's order file
     * @param changed   told after a move was saved (the lists elsewhere read again)
     */
    public AgendaViewModel(UiContext ctx, AgendaQueries queries, Consumer<UUID> openOrder, Runnable changed) {
        this.ctx = ctx;
        this.queries = queries;
        this.openOrder = openOrder;
        this.changed = changed;
        this.refusals = new Refusals(ctx.messages(), ctx.zone());
        this.booking = new InspectorBooking(ctx, queries);
        date.set(LocalDate.now(ctx.clock()));
        site.addListener((o, a, b) -> publish());
        person.addListener((o, a, b) -> publish());
        inspector.addListener((o, a, b) -> publish());
    }

    /** Reads the appointments around the day shown (its month, a week either side for the pages). */
    public void refresh() {
        LocalDate day = date.get();
        LocalDate from = day.withDayOfMonth(1).minusDays(7);
        LocalDate to = day.withDayOfMonth(1).plusMonths(1).plusDays(7);
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> queries.between(from.atStartOfDay(), to.atStartOfDay()))
                .onSuccess(list -> {
                    loaded = List.copyOf(list);
                    loadedFrom = from;
                    loadedTo = to;
                    choices();
                    publish();
                })
                .onFailure(e -> say(true, refusals.say(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** The calendar went to another day: read again when it leaves the range read. */
    public void show(LocalDate day) {
        date.set(day);
        if (loadedFrom == null || day.minusDays(7).isBefore(loadedFrom) || !day.plusDays(7).isBefore(loadedTo)) {
            refresh();
        }
    }

    /**
     * Moves an appointment to a new time. Nothing happens for the same time; a refusal publishes
     * the stored appointments again and says why, in the interface language.
     */
    public void move(UUID orderId, LocalDateTime to) {
        Optional<Appointment> found = find(orderId);
        if (found.isEmpty() || to.equals(found.get().at())) {
            return;
        }
        Appointment was = found.get();
        busy.set(true);
        booking.beforeMove(was, to, () -> moveNow(was, to), () -> {
            busy.set(false);
            say(true, ctx.messages().get("inspector.move.givenUp", was.number()));
            publish();
        });
    }

    private void moveNow(Appointment was, LocalDateTime to) {
        UUID orderId = was.orderId();
        ctx.executor().execute(BackgroundTask.of(() -> ctx.actions().moveAppointment(orderId, to, ctx.actor()))
                .onSuccess(file -> {
                    say(false, moved(was, to, file));
                    changed.run();
                    refresh();
                })
                .onFailure(e -> {
                    say(true, ctx.messages().get("agenda.refused", was.number(), refusals.say(e)));
                    publish();
                })
                .onFinished(() -> busy.set(false)));
    }

    /** The keyboard's « Déplacer… »: a typed date and time, checked before anything is asked of the workflow. */
    public void moveTyped(UUID orderId, String typed) {
        Optional<LocalDateTime> at = Formats.parseDateTime(typed == null ? "" : typed.trim());
        if (at.isEmpty()) {
            say(true, ctx.messages().get("agenda.move.badDate", typed == null ? "" : typed.trim()));
            return;
        }
        move(orderId, at.get());
    }

    /** « Déplacer… » on an appointment: the new date and time asked, the current one proposed. */
    public void askMove(UUID orderId) {
        Optional<Appointment> a = orderId == null ? Optional.empty() : find(orderId);
        if (a.isEmpty()) {
            say(true, ctx.messages().get("agenda.move.none"));
            return;
        }
        ctx.dialogs().askText(ctx.messages().get("agenda.move.title"),
                        ctx.messages().get("agenda.move.prompt", a.get().number(), a.get().customer()),
                        ctx.formats().dateTime(a.get().at()))
                .ifPresent(typed -> moveTyped(orderId, typed));
    }

    public void open(UUID orderId) {
        openOrder.accept(orderId);
    }

    /** « Inspecteur… » (Ctrl+Maj+I) on a hand-over: who holds it (004:50), warned of a double booking. */
    public void askInspector(UUID orderId) {
        Optional<Appointment> a = orderId == null ? Optional.empty() : find(orderId);
        if (a.isEmpty()) {
            say(true, ctx.messages().get("agenda.move.none"));
            return;
        }
        if (a.get().mode() == fr.cession.domain.order.HandoverMode.LIVRAISON) {
            say(true, ctx.messages().get("inspector.delivery", a.get().number()));
            return;
        }
        booking.choose(a.get(), file -> {
            changed.run();
            refresh();
        }, this::say);
    }

    /** The other hand-overs the appointment's inspector holds at the same time, named for its tooltip; empty if none. */
    public Optional<String> doubleBooking(UUID orderId) {
        List<Appointment> others = doubleBooked.get(orderId);
        return others == null ? Optional.empty() : find(orderId).map(a -> booking.clashText(a, others));
    }

    public Optional<Appointment> find(UUID orderId) {
        return loaded.stream().filter(a -> a.orderId().equals(orderId)).findFirst();
    }

    private String moved(Appointment was, LocalDateTime to, OrderFile file) {
        boolean asked = file.approvals().stream().anyMatch(a -> a.kind() == ApprovalKind.DATE_CESSION_HORS_DELAI
                && a.status().pending());
        return ctx.messages().get(asked ? "agenda.moved.asked" : "agenda.moved", was.number(),
                ctx.formats().dateTime(to));
    }

    private void choices() {
        TreeSet<String> s = new TreeSet<>();
        TreeSet<String> p = new TreeSet<>();
        TreeSet<String> i = new TreeSet<>();
        booking.roster().inspectors().forEach(x -> i.add(x.name()));
        for (Appointment a : loaded) {
            if (a.inspector() != null) {
                i.add(a.inspector());
            }
            if (a.site() != null) {
                s.add(a.site());
            }
            if (a.advisor() != null) {
                p.add(a.advisor());
            }
        }
        sites.setAll(s);
        people.setAll(p);
        inspectors.setAll(i);
    }

    private void publish() {
        // clashes are found on everything read: a filtered site still shows its inspector taken elsewhere
        doubleBooked = booking.bookings().among(loaded);
        appointments.setAll(loaded.stream()
                .filter(a -> site.get() == null || site.get().equals(a.site()))
                .filter(a -> person.get() == null || person.get().equals(a.advisor()))
                .filter(a -> inspector.get() == null || inspector.get().equalsIgnoreCase(
                        Objects.requireNonNullElse(a.inspector(), "")))
                .toList());
        List<String> shownClashes = appointments.stream().filter(a -> doubleBooked.containsKey(a.orderId()))
                .map(Appointment::number).toList();
        doubleBookings.set(shownClashes.isEmpty() ? ""
                : ctx.messages().get("agenda.doubleBooked", String.join(", ", shownClashes)));
        revision.set(revision.get() + 1);
    }

    private void say(boolean isRefusal, String text) {
        refused.set(isRefusal);
        notice.set(Objects.requireNonNullElse(text, ""));
    }

    /** The appointments shown, after the filters. */
    public ObservableList<Appointment> appointments() {
        return appointments;
    }

    /** Grows each time the appointments are published, even unchanged (a refused move goes back). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObservableList<String> sites() {
        return sites;
    }

    public ObservableList<String> people() {
        return people;
    }

    /** The site chosen, null for every site. */
    public ObjectProperty<String> siteProperty() {
        return site;
    }

    /** How long a hand-over holds its inspector ({@code config/inspecteurs.properties}). */
    public java.time.Duration slot() {
        return booking.bookings().slot();
    }

    public ObservableList<String> inspectors() {
        return inspectors;
    }

    /** The inspector chosen, null for every appointment. */
    public ObjectProperty<String> inspectorProperty() {
        return inspector;
    }

    /** The orders shown whose inspector is booked twice, said above the calendar; empty when none. */
    public ReadOnlyStringProperty doubleBookingsProperty() {
        return doubleBookings.getReadOnlyProperty();
    }

    /** The advisor chosen, null for everyone. */
    public ObjectProperty<String> personProperty() {
        return person;
    }

    public ObjectProperty<Span> spanProperty() {
        return span;
    }

    /** Now at the site: the calendar's red line, which CalendarFX would otherwise take from the machine's zone. */
    public java.time.LocalDateTime now() {
        return java.time.LocalDateTime.ofInstant(ctx.clock().instant(), ctx.zone());
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the notice is a refusal (shown as an error). */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }
}
