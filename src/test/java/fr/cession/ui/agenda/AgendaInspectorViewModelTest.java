package fr.cession.ui.agenda;

import fr.cession.domain.agenda.InspectorRoster;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.playbook.RuleSettings;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's inspectors without a screen, on the real store (clock: Tuesday 10 March 2026): a
 * double booking or a cheque without accreditation (004:51) is a warning the person confirms or
 * gives up, never saved behind their back; the agenda filters per inspector.
 */
class AgendaInspectorViewModelTest {

    private static final InspectorRoster ROSTER = InspectorRoster.parse(List.of(
            "inspecteur=Marc Lefèvre ; LYON ; chèque", "inspecteur=Sophie Girard ; LYON", "creneau.minutes=60"));
    private final RealStore real = new RealStore();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final AgendaViewModel vm = new AgendaViewModel(new UiContext(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
            RuleSettings.SEED_004, new Messages(Messages.FRENCH), new Formats(TestUi.PARIS), new DirectTaskExecutor(),
            dialogs, real.repo, real.board, real.actions), real.agenda.with(ROSTER), id -> { }, () -> { });

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void a_double_booking_given_up_saves_nothing_and_confirmed_flags_both_orders() {
        UUID first = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", PaymentMethod.VIR, "2026-03-19T10:00");
        UUID second = booked("Garnier", "BB-200-BB", "VF1BBBBBB22222222", PaymentMethod.VIR, "2026-03-19T10:59");
        vm.refresh();
        choose(first, "Sophie Girard");
        assertThat(dialogs.confirms).isEmpty();

        dialogs.confirmWith(false);
        choose(second, "Sophie Girard");
        assertThat(dialogs.confirms).singleElement().satisfies(c -> assertThat(c.message())
                .contains("Sophie Girard tient déjà", "19/03/2026 10:00"));
        assertThat(vm.noticeProperty().get()).contains("rien n'a changé");
        assertThat(real.repo.load(second).orElseThrow().order().inspector()).isNull();
        assertThat(vm.doubleBooking(first)).isEmpty();

        dialogs.confirmWith(true);
        choose(second, "Sophie Girard");
        assertThat(real.repo.load(second).orElseThrow().order().inspector()).isEqualTo("Sophie Girard");
        assertThat(vm.doubleBooking(first)).hasValueSatisfying(t -> assertThat(t).contains(number(second)));
        assertThat(vm.doubleBooking(second)).hasValueSatisfying(t -> assertThat(t).contains(number(first)));
        assertThat(vm.doubleBookingsProperty().get()).contains(number(first), number(second));

        // the per-inspector filter
        vm.inspectorProperty().set("Marc Lefèvre");
        assertThat(vm.appointments()).isEmpty();
        assertThat(vm.doubleBookingsProperty().get()).isEmpty();
        vm.inspectorProperty().set("Sophie Girard");
        assertThat(vm.appointments()).hasSize(2);
        assertThat(vm.inspectors()).containsExactly("Marc Lefèvre", "Sophie Girard");
    }

    @Test
    void a_move_onto_the_inspectors_other_hand_over_given_up_stays_where_it_was() {
        UUID first = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", PaymentMethod.VIR, "2026-03-19T10:00");
        UUID second = booked("Garnier", "BB-200-BB", "VF1BBBBBB22222222", PaymentMethod.VIR, "2026-03-19T14:00");
        real.actions.setInspector(first, "Sophie Girard", TestUi.ACTOR);
        real.actions.setInspector(second, "Sophie Girard", TestUi.ACTOR);
        vm.refresh();
        assertThat(vm.doubleBooking(second)).isEmpty();

        dialogs.confirmWith(false);
        vm.move(second, LocalDateTime.parse("2026-03-19T10:30"));
        assertThat(vm.noticeProperty().get()).contains("abandonné");
        assertThat(real.repo.load(second).orElseThrow().order().handoverAt())
                .isEqualTo(LocalDateTime.parse("2026-03-19T14:00"));

        // touching slots: 11:00 right after the 10:00 hand-over is no clash, nothing asked
        vm.move(second, LocalDateTime.parse("2026-03-19T11:00"));
        assertThat(dialogs.confirms).hasSize(1);
        assertThat(real.repo.load(second).orElseThrow().order().handoverAt())
                .isEqualTo(LocalDateTime.parse("2026-03-19T11:00"));
        assertThat(vm.doubleBooking(second)).isEmpty();
    }

    // 004:51 "Si CHQ, vérifier l'accréditation de l'inspecteur"
    @Test
    void a_cheque_order_given_an_inspector_without_accreditation_is_warned() {
        UUID id = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", PaymentMethod.CHQ, "2026-03-19T10:00");
        vm.refresh();
        dialogs.confirmWith(false);
        choose(id, "Sophie Girard");
        assertThat(dialogs.confirms).singleElement().satisfies(c -> assertThat(c.message())
                .contains("Sophie Girard n'est pas accrédité", "(004:51)"));
        assertThat(real.repo.load(id).orElseThrow().order().inspector()).isNull();

        choose(id, "Marc Lefèvre");
        assertThat(dialogs.confirms).hasSize(1);
        assertThat(real.repo.load(id).orElseThrow().order().inspector()).isEqualTo("Marc Lefèvre");
    }

    private void choose(UUID id, String name) {
        dialogs.answer(name);
        vm.askInspector(id);
    }

    private String number(UUID id) {
        return real.repo.load(id).orElseThrow().order().number();
    }

    private UUID booked(String last, String plate, String vin, PaymentMethod method, String at) {
        OrderFile file = real.workflow.create(real.draft(last, plate, vin, 2, method), TestUi.ACTOR);
        real.workflow.setHandoverDate(file.orderId(), LocalDateTime.parse(at), TestUi.ACTOR);
        return file.orderId();
    }
}
