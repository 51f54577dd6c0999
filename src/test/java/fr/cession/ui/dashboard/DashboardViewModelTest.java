package fr.cession.ui.dashboard;

import fr.cession.domain.dashboard.DashboardOrder;
import fr.cession.domain.dashboard.DashboardSlice;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.store.board.JooqDashboardQueries;
import fr.cession.ui.UiContext;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.PaperDesk;
import fr.cession.ui.real.RealStore;
import fr.cession.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's view model over the real store, without a screen (clock: 10 March 2026). */
class DashboardViewModelTest {

    private final RealStore real = new RealStore();
    private final List<UUID> opened = new ArrayList<>();
    private final DashboardViewModel vm = new DashboardViewModel(new UiContext(TestUi.ACTOR, TestUi.CLOCK,
            TestUi.PARIS, RuleSettings.SEED_004, new Messages(Messages.FRENCH), new Formats(TestUi.PARIS),
            new DirectTaskExecutor(), new FakeDialogs(), real.repo, real.board, real.actions),
            new JooqDashboardQueries(real.db.dsl()), opened::add, PaperDesk.NONE);

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void proposes_the_last_three_months_and_reads_the_figures_with_the_filter_lists() {
        real.order("Martin", "AA-100-AA", "VF1AAAAAA11111111", 5, TestUi.ACTOR);
        assertThat(vm.fromProperty().get()).isEqualTo("10/12/2025");
        assertThat(vm.toProperty().get()).isEqualTo("10/03/2026");
        vm.refresh();
        assertThat(vm.figuresProperty().get().byStage()).containsEntry(OrderStatus.RESERVEE, 1);
        assertThat(vm.sites()).containsExactly("LYON");
        assertThat(vm.people()).containsExactly(TestUi.ACTOR.login());
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void a_bad_period_is_named_and_nothing_is_read() {
        vm.fromProperty().set("32/01/2026");
        vm.refresh();
        assertThat(vm.errorProperty().get()).isEqualTo("Période, « Du » : « 32/01/2026 » n'est pas une date JJ/MM/AAAA.");
        assertThat(vm.figuresProperty().get()).isNull();
        vm.fromProperty().set("11/03/2026");
        vm.refresh();
        assertThat(vm.errorProperty().get()).isEqualTo("Période : le 10/03/2026 est avant le 11/03/2026.");
    }

    @Test
    void a_figure_clicked_lists_its_orders_which_open_and_export() {
        UUID id = real.order("Martin", "AA-100-AA", "VF1AAAAAA11111111", 5, TestUi.ACTOR).orderId();
        vm.refresh();
        vm.drill(DashboardSlice.stage(OrderStatus.RESERVEE));
        assertThat(vm.ordersTitleProperty().get()).isEqualTo("Commandes à l'étape « Réservée »");
        assertThat(vm.orders()).extracting(DashboardOrder::orderId).containsExactly(id);
        vm.open(vm.orders().get(0).orderId());
        assertThat(opened).containsExactly(id);
        var table = vm.export().table();
        assertThat(table.headers()).startsWith("N° de commande", "Client", "Statut");
        assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.get(1)).isEqualTo("Jean Martin"));
    }
}
