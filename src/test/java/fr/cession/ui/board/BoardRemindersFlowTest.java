package fr.cession.ui.board;

import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.board.StuckThresholds;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.reminder.ImminentOutcomes;
import fr.cession.domain.user.PersonSettings;
import fr.cession.ui.PersonalDesk;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.accounts.AccountsDesk;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.papers.Papers;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fr.cession.ui.fakes.FxSteps.shot;
import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The board dragged and filtered, and a reminder shown, in the desktop window. */
class BoardRemindersFlowTest {

    private final TestUi ui = new TestUi();
    private final FxRobot robot = new FxRobot();
    private final PersonSettings settings = PersonSettings.inMemory();
    private FxTaskExecutor executor;
    private DesktopWindow window;
    private OrderFile martin;
    private OrderFile bernard;

    @BeforeEach
    void start() throws Exception {
        martin = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1);
        bernard = ui.order("Bernard", "EF-456-GH", "VF1BBBBBB22222222", 4);
        ui.workflow.addActivity(bernard.orderId(), "autre", "Rappeler le client",
                TestUi.CLOCK.instant().plus(Duration.ofMinutes(20)), TestUi.ACTOR.login(), TestUi.ACTOR);
        Map<UUID, Instant> entered = Map.of(martin.orderId(), TestUi.CLOCK.instant().minus(Duration.ofDays(1)),
                bernard.orderId(), TestUi.CLOCK.instant().minus(Duration.ofDays(4)));
        BoardQueries board = new BoardQueries() {
            @Override
            public BoardSnapshot snapshot() {
                return ui.store.snapshot();
            }

            @Override
            public BoardSnapshot snapshotFor(String login) {
                return ui.store.snapshotFor(login);
            }

            @Override
            public boolean isEmpty() {
                return false;
            }

            @Override
            public Map<UUID, Instant> stageEnteredAt() {
                return entered;
            }
        };
        executor = new FxTaskExecutor(2);
        PersonalDesk personal = new PersonalDesk(settings, StuckThresholds.parse(java.util.List.of(
                "bloquee.jours.RESERVEE=2")), ImminentOutcomes.NONE, true);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, ui.store, board, ui.workflow, SyncStatus.localOnly(), DemoDataOffer.NONE,
                Locale.FRANCE, ConflictDesk.NONE, ApprovalQueries.NONE, AccountsDesk.NONE, Papers.NONE, personal);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            window = new DesktopWindow(deps, s, executor, m -> ui.dialogs);
            window.show();
            s.setX(0);
            s.setY(0);
            s.setWidth(Math.min(1366, javafx.stage.Screen.getPrimary().getBounds().getWidth()));
            s.setHeight(768);
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
    }

    private void toBoard() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.TABLEAU);
        waitFor(() -> window.viewModel().board().shownProperty().get() == 2);
    }

    private Node cardOf(OrderFile f) {
        return robot.lookup(".card").match((Node n) -> n.lookup(".order-number") instanceof javafx.scene.control.Hyperlink h
                && h.getText().equals(f.order().number())).query();
    }

    @Test
    void aCardDraggedToTheNextStageIsRefusedWithTheReasonThenAcceptedOnceTheChecklistIsDone() throws Exception {
        toBoard();
        Node destockage = robot.lookup("#column-DESTOCKAGE").query();

        robot.drag(cardOf(martin)).dropTo(destockage);

        waitFor(() -> window.viewModel().board().moves().noticeProperty().get() != null);
        waitFor(() -> robot.lookup("#board-notice").query().isVisible());
        assertThat(robot.lookup("#board-notice-text").queryAs(Label.class).getText())
                .startsWith("Checklist « ");
        assertThat(robot.lookup("#column-RESERVEE").queryAs(ListView.class).getItems()).hasSize(2);
        shot(window.scene().getRoot(), "13-tableau-glisser-refuse");

        ui.store.load(martin.orderId()).orElseThrow().items()
                .forEach(i -> ui.workflow.tick(martin.orderId(), i.id(), TestUi.ACTOR));
        window.viewModel().feed().refresh();
        waitFor(() -> !window.viewModel().feed().loadingProperty().get());
        Node target = robot.lookup("#column-DESTOCKAGE").query();
        robot.drag(cardOf(martin)).dropTo(target);

        waitFor(() -> ui.store.load(martin.orderId()).orElseThrow().order().status() == OrderStatus.DESTOCKAGE);
        waitFor(() -> robot.lookup("#column-DESTOCKAGE").queryAs(ListView.class).getItems().size() == 1);
        assertThat(window.viewModel().board().moves().noticeProperty().get().refused()).isFalse();
    }

    @Test
    void theTimeInStageIsOnTheCardAndAnOrderPastItsStagesFigureIsMarked() throws Exception {
        toBoard();
        WaitForAsyncUtils.waitForFxEvents();
        Label bernardStage = (Label) cardOf(bernard).lookup(".card-stage");
        Label martinStage = (Label) cardOf(martin).lookup(".card-stage");
        assertThat(martinStage.getText()).isEqualTo("Dans l'étape depuis 1 j");
        assertThat(bernardStage.getText()).isEqualTo("Bloquée : 4 j dans l'étape (seuil 2 j)");
        assertThat(cardOf(bernard).getPseudoClassStates()).extracting(Object::toString).contains("stuck");
        assertThat(cardOf(martin).getPseudoClassStates()).extracting(Object::toString).doesNotContain("stuck");
    }

    @Test
    void aSavedFilterIsChosenFromTheList() throws Exception {
        toBoard();
        ui.dialogs.answer("livraisons de la semaine");
        robot.interact(() -> {
            window.viewModel().board().searchProperty().set("martin");
        });
        waitFor(() -> window.viewModel().board().shownProperty().get() == 1);
        robot.clickOn("#board-save-filter");
        waitFor(() -> window.viewModel().board().saved().all().size() == 1);
        robot.clickOn("#board-clear");
        waitFor(() -> window.viewModel().board().shownProperty().get() == 2);

        ComboBox<?> saved = robot.lookup("#board-saved").queryAs(ComboBox.class);
        robot.clickOn(saved);
        robot.clickOn("livraisons de la semaine");

        waitFor(() -> window.viewModel().board().shownProperty().get() == 1);
        assertThat(window.viewModel().board().searchProperty().get()).isEqualTo("martin");
        assertThat(settings.startingWith(TestUi.ACTOR.login(), "board.filter.")).containsKey(
                "board.filter.livraisons de la semaine");
    }

    @Test
    void anActivityDueWithinTheHourIsShownAsANotificationWhoseClickOpensTheOrder() throws Exception {
        waitFor(() -> window.reminders().shown().stream()
                .anyMatch(r -> r.kind() == fr.cession.ui.reminder.ReminderKind.ACTIVITE_PROCHE));
        waitFor(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
        waitFor(() -> robot.lookup(".notification-bar .title").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains(bernard.order().number())));
        Node bar = robot.lookup(".notification-bar").match((Node n) -> n.lookup(".title") instanceof Label l
                && l.getText().contains(bernard.order().number())).query();
        shot(bar.getScene().getRoot(), "13-notification");

        robot.clickOn(bar);

        waitFor(() -> window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE);
        waitFor(() -> window.viewModel().orderFile().fileProperty().get() != null
                && window.viewModel().orderFile().fileProperty().get().orderId().equals(bernard.orderId()));
    }
}
