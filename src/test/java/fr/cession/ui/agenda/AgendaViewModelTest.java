package fr.cession.ui.agenda;

import fr.cession.domain.agenda.Appointment;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.store.board.JooqAgendaQueries;
import fr.cession.ui.UiContext;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.real.RealStore;
import fr.cession.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's view model over the real store and workflow, without a screen (the clock is
 * Tuesday 10 March 2026, 10:00): a move goes through the order file's rules (004:26, 004:10),
 * a refusal publishes the stored appointment again with the reason.
 */
class AgendaViewModelTest {

    private final RealStore real = new RealStore();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final AtomicInteger changed = new AtomicInteger();
    private final List<UUID> opened = new ArrayList<>();
    private final AgendaViewModel vm = new AgendaViewModel(new UiContext(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
            RuleSettings.SEED_004, new Messages(Messages.FRENCH), new Formats(TestUi.PARIS), new DirectTaskExecutor(),
            dialogs, real.repo, real.board, real.actions), new JooqAgendaQueries(real.db.dsl()), opened::add,
            changed::incrementAndGet);

    @AfterEach
    void close() {
        real.close();
    }

    private UUID booked(String last, String plate, String vin, int daysAgo, String at) {
        OrderFile file = real.order(last, plate, vin, daysAgo, TestUi.ACTOR);
        real.workflow.setHandoverDate(file.orderId(), LocalDateTime.parse(at), TestUi.ACTOR);
        return file.orderId();
    }

    @Test
    void reads_the_appointments_around_the_month_and_filters_by_person() {
        UUID id = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", 2, "2026-03-19T10:00");
        vm.refresh();
        assertThat(vm.appointments()).extracting(Appointment::orderId).containsExactly(id);
        assertThat(vm.people()).containsExactly(TestUi.ACTOR.login());
        assertThat(vm.sites()).containsExactly(TestUi.ACTOR.site());
        vm.personProperty().set("quelqu.un.d.autre");
        assertThat(vm.appointments()).isEmpty();
        vm.personProperty().set(null);
        assertThat(vm.appointments()).hasSize(1);
    }

    // 004:26 "10 jours minimum après la résa": refused, the entry goes back and the reason is said
    @Test
    void a_move_too_early_is_refused_with_the_reason_and_the_entry_goes_back() {
        UUID id = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", 2, "2026-03-19T10:00");
        vm.refresh();
        int before = vm.revisionProperty().get();
        vm.move(id, LocalDateTime.parse("2026-03-12T10:00"));
        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(vm.noticeProperty().get()).startsWith("Déplacement de la commande ")
                .contains("refusé", "trop tôt", "(004:26)");
        assertThat(vm.revisionProperty().get()).as("published again, so the calendar puts it back").isGreaterThan(before);
        assertThat(vm.appointments()).singleElement().extracting(Appointment::at)
                .isEqualTo(LocalDateTime.parse("2026-03-19T10:00"));
        assertThat(real.repo.load(id).orElseThrow().order().handoverAt()).isEqualTo(LocalDateTime.parse("2026-03-19T10:00"));
        assertThat(changed).hasValue(0);
    }

    // 004:10 "si pas de fond pas de rdv": a date whose 48 h cut-off has passed without the funds
    @Test
    void a_move_inside_48_hours_without_funds_is_refused() {
        UUID id = booked("Petit", "BB-200-BB", "VF1BBBBBB22222222", 12, "2026-03-13T10:00");
        vm.refresh();
        vm.move(id, LocalDateTime.parse("2026-03-11T09:00"));
        assertThat(vm.noticeProperty().get()).contains("Fonds non reçus 48 h avant le RDV", "(004:10)");
        assertThat(real.repo.load(id).orElseThrow().order().handoverAt()).isEqualTo(LocalDateTime.parse("2026-03-13T10:00"));
    }

    @Test
    void a_move_in_the_window_is_saved_and_read_again() {
        UUID id = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", 2, "2026-03-19T10:00");
        vm.refresh();
        vm.move(id, LocalDateTime.parse("2026-03-20T14:30"));
        assertThat(vm.refusedProperty().get()).isFalse();
        assertThat(vm.noticeProperty().get()).endsWith("déplacé au 20/03/2026 14:30.");
        assertThat(vm.appointments()).singleElement().extracting(Appointment::at)
                .isEqualTo(LocalDateTime.parse("2026-03-20T14:30"));
        assertThat(changed).hasValue(1);
    }

    // 004:26 "avec un maximum de 15 jours si + voir avec manager"
    @Test
    void a_move_beyond_15_days_says_the_manager_is_asked() {
        UUID id = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", 2, "2026-03-19T10:00");
        vm.refresh();
        vm.move(id, LocalDateTime.parse("2026-03-27T10:00"));
        assertThat(vm.noticeProperty().get()).contains("l'accord du manager est demandé");
    }

    @Test
    void the_keyboard_move_asks_the_date_and_refuses_a_bad_one_by_its_format() {
        UUID id = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", 2, "2026-03-19T10:00");
        vm.refresh();
        dialogs.answer("19/03/2026 à 10h");
        vm.askMove(id);
        assertThat(vm.noticeProperty().get()).isEqualTo(
                "Date et heure : « 19/03/2026 à 10h » n'est pas au format JJ/MM/AAAA HH:MM.");
        dialogs.answer("18/03/2026 09:00");
        vm.askMove(id);
        assertThat(real.repo.load(id).orElseThrow().order().handoverAt()).isEqualTo(LocalDateTime.parse("2026-03-18T09:00"));
        vm.askMove(null);
        assertThat(vm.noticeProperty().get()).isEqualTo("Sélectionnez d'abord un rendez-vous dans l'agenda.");
    }
}
