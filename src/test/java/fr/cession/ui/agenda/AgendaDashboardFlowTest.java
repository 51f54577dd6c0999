package fr.cession.ui.agenda;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.view.CalendarView;
import fr.cession.domain.dashboard.DashboardOrder;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.journey.Desk;
import fr.cession.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the screens, on the real store (clock: Tuesday 10 March 2026): an appointment moved in
 * the agenda, refused with its reason (too early, 004:26) and then accepted; the dashboard's bar of
 * an order stage clicked, its list opening the order file.
 */
class AgendaDashboardFlowTest {

    private Desk desk;

    @AfterEach
    void close() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void anAppointmentMovedInTheAgendaIsRefusedWithTheReasonThenAccepted() throws Exception {
        desk = new Desk(13);
        UUID id = booked();
        desk.openAs(TestUi.ACTOR);
        ctrl(KeyCode.DIGIT6);
        Desk.waitFor(() -> desk.window().viewModel().screenProperty().get() == Screen.AGENDA);
        CalendarView calendar = desk.robot.lookup("#agenda-calendar").queryAs(CalendarView.class);
        Desk.waitFor(() -> entry(calendar) != null);
        // next week, where the appointment is
        desk.robot.interact(() -> calendar.setDate(LocalDate.of(2026, 3, 19)));
        Desk.waitFor(() -> desk.robot.lookup(".style1-entry").tryQuery().isPresent());
        FxSteps.shot(desk.window().scene().getRoot(), "agenda-semaine");

        // the keyboard's « Déplacer… » on the selected appointment, to a day too early
        desk.robot.interact(() -> calendar.getSelections().add(entry(calendar)));
        desk.dialogs.answer("12/03/2026 10:00");
        ctrl(KeyCode.D);
        Desk.waitFor(() -> desk.text("#agenda-notice").contains("refusé"));
        assertThat(desk.text("#agenda-notice")).contains("trop tôt", "(004:26)");
        Desk.waitFor(() -> entry(calendar) != null
                && entry(calendar).getStartAsLocalDateTime().equals(LocalDateTime.parse("2026-03-19T10:00")));
        assertThat(stored(id)).isEqualTo(LocalDateTime.parse("2026-03-19T10:00"));
        FxSteps.shot(desk.window().scene().getRoot(), "agenda-refus");

        // what a drag ends with: the entry's new interval, in the window
        desk.robot.interact(() -> entry(calendar).setInterval(new Interval(LocalDateTime.parse("2026-03-20T14:00"),
                LocalDateTime.parse("2026-03-20T15:00"), TestUi.PARIS)));
        Desk.waitFor(() -> desk.text("#agenda-notice").contains("déplacé au 20/03/2026 14:00"));
        assertThat(stored(id)).isEqualTo(LocalDateTime.parse("2026-03-20T14:00"));
        desk.noErrors();
    }

    @Test
    void theDashboardBarOfAStageListsItsOrdersAndOpensOne() throws Exception {
        desk = new Desk(14);
        UUID id = booked();
        desk.openAs(TestUi.ACTOR);
        ctrl(KeyCode.DIGIT7);
        Desk.waitFor(() -> desk.present("#dashboard-bar-RESERVEE"));
        Desk.waitFor(() -> desk.text("#dashboard-tile-orders").startsWith("1 commande"));
        Node bar = desk.robot.lookup("#dashboard-bar-RESERVEE").query();
        // the click a mouse gives the bar (a chart's bars have no button to fire)
        desk.robot.interact(() -> bar.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, true, null)));
        TableView<DashboardOrder> table = desk.robot.lookup("#dashboard-orders").queryTableView();
        Desk.waitFor(() -> table.getItems().size() == 1);
        assertThat(desk.text("#dashboard-list-title")).isEqualTo("Commandes à l'étape « Réservée »");
        FxSteps.shot(desk.window().scene().getRoot(), "tableau-de-bord");

        desk.robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        desk.robot.type(KeyCode.ENTER);
        Desk.waitFor(() -> desk.window().viewModel().screenProperty().get() == Screen.FICHE_COMMANDE);
        Desk.waitFor(() -> desk.window().viewModel().orderFile().fileProperty().get() != null
                && desk.window().viewModel().orderFile().fileProperty().get().orderId().equals(id));
        desk.noErrors();
    }

    private UUID booked() {
        OrderFile file = desk.real.order("Martin", "AA-100-AA", "VF1AAAAAA11111111", 2, TestUi.ACTOR);
        desk.real.workflow.setHandoverDate(file.orderId(), LocalDateTime.parse("2026-03-19T10:00"), TestUi.ACTOR);
        return file.orderId();
    }

    private LocalDateTime stored(UUID id) {
        return desk.real.repo.load(id).orElseThrow().order().handoverAt();
    }

    private void ctrl(KeyCode key) {
        desk.robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    private static Entry<?> entry(CalendarView view) {
        Calendar<?> handovers = view.getCalendarSources().get(0).getCalendars().get(0);
        Map<LocalDate, List<Entry<?>>> found = handovers.findEntries(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), TestUi.PARIS);
        return found.values().stream().flatMap(List::stream).findFirst().orElse(null);
    }
}
