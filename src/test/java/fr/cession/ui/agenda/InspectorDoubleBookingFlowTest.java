package fr.cession.ui.agenda;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.view.CalendarView;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.journey.Desk;
import fr.cession.ui.shell.Screen;
import com.calendarfx.view.EntryViewBase;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the screens, on the real store (clock: Tuesday 10 March 2026): one inspector set on two
 * hand-overs half an hour apart (004:50) — the second asked to be confirmed, naming the first —
 * both flagged in the agenda and on the order file; one moved to another day, the flag is gone.
 */
class InspectorDoubleBookingFlowTest {

    private static final String INSPECTOR = "Sophie Girard";
    private Desk desk;

    @AfterEach
    void close() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void oneInspectorOnTwoHandOversAtOnceIsFlaggedUntilOneMoves() throws Exception {
        desk = new Desk(15);
        OrderFile first = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", "2026-03-19T10:00");
        OrderFile second = booked("Garnier", "BB-200-BB", "VF1BBBBBB22222222", "2026-03-19T10:30");
        desk.openAs(TestUi.ACTOR);
        ctrl(KeyCode.DIGIT6);
        Desk.waitFor(() -> desk.window().viewModel().screenProperty().get() == Screen.AGENDA);
        CalendarView calendar = desk.robot.lookup("#agenda-calendar").queryAs(CalendarView.class);
        desk.robot.interact(() -> calendar.setDate(LocalDate.of(2026, 3, 19)));
        Desk.waitFor(() -> entry(calendar, first) != null && entry(calendar, second) != null);

        // the first hand-over: its inspector picked from the designated list, nothing to confirm
        setInspector(calendar, first);
        Desk.waitFor(() -> desk.text("#agenda-notice").contains("inspecteur " + INSPECTOR));
        assertThat(desk.dialogs.confirms).isEmpty();
        Desk.waitFor(() -> entry(calendar, first).getTitle().contains(INSPECTOR));
        assertThat(flagged(calendar, first)).isFalse();

        // the second, half an hour later with the same inspector: a warning naming the first, confirmed
        desk.dialogs.confirmWith(true);
        setInspector(calendar, second);
        Desk.waitFor(() -> flagged(calendar, first) && flagged(calendar, second));
        assertThat(desk.dialogs.confirms).singleElement().satisfies(c -> assertThat(c.message())
                .contains(INSPECTOR, first.order().number(), "19/03/2026 10:00"));
        assertThat(desk.text("#agenda-double-bookings")).contains(first.order().number(), second.order().number());
        assertThat(desk.window().viewModel().agenda().doubleBooking(second.orderId())).hasValueSatisfying(
                tip -> assertThat(tip).contains(first.order().number(), "Martin"));
        assertThat(stored(second).inspector()).isEqualTo(INSPECTOR);
        FxSteps.shot(desk.window().scene().getRoot(), "agenda-double-reservation");
        // the mouse on a flagged appointment: its tooltip names the other order
        Node flaggedView = desk.robot.lookup("." + AgendaView.DOUBLE_BOOKED).match(n -> n instanceof EntryViewBase<?> v
                && v.getEntry().getId().equals(second.orderId().toString())).query();
        desk.robot.interact(() -> flaggedView.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
        Desk.waitFor(() -> flaggedView.getProperties().get(AgendaView.DOUBLE_BOOKED) instanceof Tooltip);
        assertThat(((Tooltip) flaggedView.getProperties().get(AgendaView.DOUBLE_BOOKED)).getText())
                .contains(INSPECTOR, first.order().number());

        // the order file says it too
        desk.robot.interact(() -> desk.window().viewModel().agenda().open(first.orderId()));
        Desk.waitFor(() -> desk.window().viewModel().screenProperty().get() == Screen.FICHE_COMMANDE);
        Desk.waitFor(() -> desk.present("#order-inspector-clash")
                && desk.text("#order-inspector-clash").contains(second.order().number()));
        assertThat(desk.text("#order-inspector")).startsWith(INSPECTOR);
        FxSteps.shot(desk.window().scene().getRoot(), "fiche-inspecteur-double-reservation");

        // the second moved to the next day: no clash left
        ctrl(KeyCode.DIGIT6);
        Desk.waitFor(() -> desk.window().viewModel().screenProperty().get() == Screen.AGENDA);
        desk.robot.interact(() -> entry(calendar, second).setInterval(new Interval(
                LocalDateTime.parse("2026-03-20T14:00"), LocalDateTime.parse("2026-03-20T15:00"), TestUi.PARIS)));
        Desk.waitFor(() -> desk.text("#agenda-notice").contains("déplacé au 20/03/2026 14:00"));
        Desk.waitFor(() -> entry(calendar, second) != null && !flagged(calendar, first) && !flagged(calendar, second));
        assertThat(desk.present("#agenda-double-bookings")).isFalse();
        assertThat(stored(second).handoverAt()).isEqualTo(LocalDateTime.parse("2026-03-20T14:00"));
        desk.noErrors();
    }

    private void setInspector(CalendarView calendar, OrderFile file) {
        desk.robot.interact(() -> {
            calendar.getSelections().clear();
            calendar.getSelections().add(entry(calendar, file));
            calendar.requestFocus();
        });
        desk.dialogs.answer(INSPECTOR);
        desk.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.I).release(KeyCode.I)
                .release(KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private OrderFile booked(String last, String plate, String vin, String at) {
        OrderFile file = desk.real.order(last, plate, vin, 2, TestUi.ACTOR);
        return desk.real.workflow.setHandoverDate(file.orderId(), LocalDateTime.parse(at), TestUi.ACTOR);
    }

    private fr.cession.domain.order.Order stored(OrderFile file) {
        return desk.real.repo.load(file.orderId()).orElseThrow().order();
    }

    private void ctrl(KeyCode key) {
        desk.robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    private static boolean flagged(CalendarView view, OrderFile file) {
        Entry<?> e = entry(view, file);
        return e != null && e.getStyleClass().contains(AgendaView.DOUBLE_BOOKED);
    }

    private static Entry<?> entry(CalendarView view, OrderFile file) {
        for (Calendar<?> c : view.getCalendarSources().get(0).getCalendars()) {
            Map<LocalDate, List<Entry<?>>> found = c.findEntries(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                    TestUi.PARIS);
            for (List<Entry<?>> day : found.values()) {
                for (Entry<?> e : day) {
                    if (Objects.equals(e.getId(), file.orderId().toString())) {
                        return e;
                    }
                }
            }
        }
        return null;
    }
}
