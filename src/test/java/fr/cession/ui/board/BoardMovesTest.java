package fr.cession.ui.board;

import fr.cession.domain.board.StuckThresholds;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.reminder.ImminentOutcomes;
import fr.cession.domain.user.PersonSettings;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.PersonalDesk;
import fr.cession.ui.UiContext;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.PaperDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's moves, quick actions, saved filters and time in stage, without a screen. */
class BoardMovesTest {

    private final TestUi ui = new TestUi();
    private final UiContext ctx = ui.context();
    private final PersonSettings settings = PersonSettings.inMemory();
    private final List<UUID> calls = new ArrayList<>();
    private BoardViewModel vm;
    private OrderFile martin;

    @BeforeEach
    void open() {
        martin = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1);
        vm = board();
    }

    private BoardViewModel board() {
        ActivityFeed feed = new ActivityFeed(ui.store, ctx.executor(), TestUi.ACTOR.login());
        BoardViewModel b = new BoardViewModel(ctx, feed, id -> { }, PaperDesk.NONE,
                new PersonalDesk(settings, StuckThresholds.NONE, ImminentOutcomes.NONE, false), calls::add);
        feed.refresh();
        return b;
    }

    private BoardCard card() {
        return vm.columns().stream().flatMap(c -> c.cards().stream())
                .filter(c -> c.orderId().equals(martin.orderId())).findFirst().orElseThrow();
    }

    @Test
    void aMoveToTheNextStageIsRefusedWithTheOrderFilesReasonsThenAcceptedOnceTheyAreMet() {
        vm.moves().moveTo(card(), OrderStatus.DESTOCKAGE);

        BoardMoves.Notice refused = vm.moves().noticeProperty().get();
        assertThat(refused.refused()).isTrue();
        // the same words the order file lists under « Passer à » (FakeWorkflow's blockers)
        assertThat(refused.text()).isEqualTo(String.join("\n", ui.workflow.blockers(martin.orderId())));
        assertThat(card().status()).isEqualTo(OrderStatus.RESERVEE);

        ui.store.load(martin.orderId()).orElseThrow().items()
                .forEach(i -> ui.workflow.tick(martin.orderId(), i.id(), TestUi.ACTOR));
        vm.refresh();
        vm.moves().moveTo(card(), OrderStatus.DESTOCKAGE);

        assertThat(vm.moves().noticeProperty().get().refused()).isFalse();
        assertThat(card().status()).isEqualTo(OrderStatus.DESTOCKAGE);
    }

    @Test
    void aStageOtherThanTheNextIsRefusedAndNothingIsAsked() {
        vm.moves().moveTo(card(), OrderStatus.VENDUE);
        assertThat(vm.moves().noticeProperty().get().text())
                .isEqualTo("Une commande passe d'une étape à la suivante : « Vendue » n'est pas l'étape suivante, "
                        + "qui est « Déstockage ».");
        assertThat(ui.store.load(martin.orderId()).orElseThrow().order().status()).isEqualTo(OrderStatus.RESERVEE);
    }

    @Test
    void tickNextTicksTheFirstOpenLineAndLogCallGoesToTheCallForm() {
        long before = ui.store.load(martin.orderId()).orElseThrow().items().stream().filter(i -> i.checked()).count();
        vm.moves().tickNext(card());
        long after = ui.store.load(martin.orderId()).orElseThrow().items().stream().filter(i -> i.checked()).count();
        assertThat(after).isEqualTo(before + 1);
        assertThat(vm.moves().noticeProperty().get().text()).contains("cochée sur la commande " + martin.order().number());

        vm.moves().logCall(card());
        assertThat(calls).containsExactly(martin.orderId());
    }

    @Test
    void aSavedFilterIsKeptForThePersonAndAppliedFromTheList() {
        vm.dueProperty().set(DueWindow.EN_RETARD);
        vm.modeProperty().set(HandoverMode.LIVRAISON);
        vm.assigneeProperty().set(TestUi.ACTOR.login());
        vm.saveFilter("  mes retards ");
        vm.clearFilters();

        BoardViewModel again = board();
        assertThat(again.saved().all()).extracting(SavedFilter::name).containsExactly("mes retards");
        again.apply(again.saved().all().get(0));
        assertThat(again.dueProperty().get()).isEqualTo(DueWindow.EN_RETARD);
        assertThat(again.modeProperty().get()).isEqualTo(HandoverMode.LIVRAISON);
        assertThat(again.assigneeProperty().get()).isEqualTo(TestUi.ACTOR.login());
        assertThat(again.shownProperty().get()).isZero();

        again.saveFilter(" ");
        assertThat(again.saved().errorProperty().get()).isEqualTo("Nom du filtre : obligatoire.");
        assertThat(again.saved().all()).hasSize(1);
    }

    @Test
    void theTimeInStageIsCountedInCalendarDaysAndMarkedPastTheStagesFigure() {
        var now = TestUi.CLOCK.instant();
        StuckThresholds t = StuckThresholds.parse(List.of("bloquee.jours=10", "bloquee.jours.RESERVEE=2"));
        BoardCards cards = new BoardCards(new Messages(Messages.FRENCH), new Formats(TestUi.PARIS),
                RuleSettings.SEED_004, now, TestUi.PARIS, Map.of(martin.orderId(), now.minus(Duration.ofDays(3)),
                UUID.randomUUID(), now), t);
        StageTime three = cards.stageTime(martin.orderId(), OrderStatus.RESERVEE);
        assertThat(three.stuck()).isTrue();
        assertThat(three.text()).isEqualTo("Bloquée : 3 j dans l'étape (seuil 2 j)");
        assertThat(cards.stageTime(martin.orderId(), OrderStatus.ORGANISEE).text()).isEqualTo("Dans l'étape depuis 3 j");
        assertThat(cards.stageTime(UUID.randomUUID(), OrderStatus.RESERVEE).known()).isFalse();
    }
}
