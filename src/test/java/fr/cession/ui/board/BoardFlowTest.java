package fr.cession.ui.board;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The board in the desktop window at 1366×768 (or narrower): order cards, search, a click on a number, the keyboard. */
class BoardFlowTest {


    private final TestUi ui = new TestUi();
    private final FxRobot robot = new FxRobot();
    private FxTaskExecutor executor;
    private DesktopWindow window;
    private Stage stage;
    private OrderFile durand;
    private OrderFile leroy;

    @BeforeEach
    void start() throws Exception {
        ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1);
        ui.order("Bernard", "EF-456-GH", "VF1BBBBBB22222222", 4);
        durand = ui.order("Durand", "IJ-789-KL", "VF1CCCCCC33333333", 0);
        ui.workflow.cancel(durand.orderId(), CancellationCase.FRAIS_RESERVATION_SEULS, "Le client renonce",
                TestUi.ACTOR);
        leroy = ui.order("Leroy", "QR-345-ST", "VF1EEEEEE55555555", 2);
        leroy.items().forEach(i -> ui.workflow.tick(i.orderId(), i.id(), TestUi.ACTOR));

        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, ui.store, ui.store, ui.workflow, SyncStatus.localOnly(), DemoDataOffer.NONE,
                Locale.FRANCE);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            stage = s;
            window = new DesktopWindow(deps, s, executor, m -> ui.dialogs);
            window.show();
            s.setX(0);
            s.setY(0);
            // Monocle's headless screen is 1280 wide: a window past its edge overflows its frame
            // buffer. 1280 is narrower than 1366, so what fits and follows here does there too.
            s.setWidth(Math.min(1366, javafx.stage.Screen.getPrimary().getBounds().getWidth()));
            s.setHeight(768);
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.TABLEAU);
        waitFor(() -> window.viewModel().board().shownProperty().get() == 4);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
    }

    @Test
    void searchACancelledOrderByNumberAndOpenItWithOneClickOnItsNumber() throws Exception {
        assertThat(label("#column-summary-ANNULEE").getText()).startsWith("1 commande(s)");
        assertThat(robot.lookup("#column-ANNULEE").queryAs(ListView.class).isVisible()).isFalse();
        shot("40-tableau-commandes");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#board-search").query().isFocused());
        robot.write(durand.order().number());
        waitFor(() -> window.viewModel().board().shownProperty().get() == 1);
        waitFor(() -> robot.lookup("#column-ANNULEE").queryAs(ListView.class).isVisible());
        Hyperlink number = numberLink(durand.order().number());
        shot("41-tableau-recherche-annulee");

        robot.clickOn(number);

        waitFor(() -> window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE);
        waitFor(() -> label("#order-title").getText().contains("Durand"));
        assertThat(window.viewModel().orderFile().fileProperty().get().orderId()).isEqualTo(durand.orderId());
    }

    /** A card's activity title and hand-over wrap at the column's width: none is cut with "…". */
    @Test
    void noCardTextIsCutInANarrowColumn() throws Exception {
        waitFor(() -> !robot.lookup(".card").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var cut = robot.lookup(".card .label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .filter(l -> l.lookup(".text") instanceof javafx.scene.text.Text t && !t.getText().equals(l.getText()))
                .map(Label::getText).toList();
        assertThat(cut).as("labels cut with an ellipsis").isEmpty();
    }

    @Test
    void anOrderWithNothingOpenIsOnTheBoardAndEnterOpensTheSelectedCard() throws Exception {
        ListView<?> reserved = robot.lookup("#column-RESERVEE").queryAs(ListView.class);
        assertThat(reserved.getItems()).hasSize(3);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("qr345");
        waitFor(() -> window.viewModel().board().shownProperty().get() == 1);
        assertThat(numberLink(leroy.order().number()).isVisible()).isTrue();
        robot.type(KeyCode.DOWN);
        waitFor(() -> reserved.isFocused());
        robot.type(KeyCode.ENTER);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE);
        waitFor(() -> label("#order-title").getText().contains("Leroy"));
    }

    @Test
    void enterInTheSearchOpensTheOneOrderItFound() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("qr345");
        waitFor(() -> window.viewModel().board().shownProperty().get() == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE);
        waitFor(() -> label("#order-title").getText().contains("Leroy"));
    }

    @Test
    void theArrowsMoveAcrossColumnsAndTheSelectedColumnStaysInView() throws Exception {
        robot.interact(() -> window.viewModel().board().columns().forEach(c -> {
            if (c.foldedProperty().get()) {
                c.toggle();
            }
        }));
        waitFor(() -> robot.lookup("#column-ANNULEE").queryAs(ListView.class).isVisible());
        ListView<?> reserved = robot.lookup("#column-RESERVEE").queryAs(ListView.class);
        robot.interact(() -> {
            reserved.requestFocus();
            reserved.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DOWN);
        waitFor(() -> reserved.getSelectionModel().getSelectedIndex() == 1);
        robot.type(KeyCode.RIGHT);   // to the next column with cards: Annulée, the last one
        ListView<?> cancelled = robot.lookup("#column-ANNULEE").queryAs(ListView.class);
        waitFor(cancelled::isFocused);
        assertThat(cancelled.getSelectionModel().getSelectedIndex()).isZero();
        waitFor(() -> inView(robot.lookup("#column-box-ANNULEE").query()));
        shot("42-tableau-colonnes-depliees-1366");
        robot.type(KeyCode.LEFT);
        waitFor(reserved::isFocused);
        waitFor(() -> inView(robot.lookup("#column-box-RESERVEE").query()));
        robot.type(KeyCode.ENTER);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE);
    }

    /** Whether the node lies within the board's visible width and the window. */
    private boolean inView(Node node) {
        ScrollPane scroll = robot.lookup("#board-scroll").queryAs(ScrollPane.class);
        Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        Bounds b = node.localToScreen(node.getLayoutBounds());
        return b.getMinX() >= view.getMinX() - 1 && b.getMaxX() <= view.getMaxX() + 1
                && b.getMaxX() <= stage.getX() + stage.getWidth();
    }

    private Hyperlink numberLink(String number) throws Exception {
        waitFor(() -> robot.lookup(".order-number").queryAllAs(Hyperlink.class).stream()
                .anyMatch(h -> number.equals(h.getText()) && h.isVisible()));
        return robot.lookup(".order-number").queryAllAs(Hyperlink.class).stream()
                .filter(h -> number.equals(h.getText()) && h.isVisible()).findFirst().orElseThrow();
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private void shot(String name) throws Exception {
        FxSteps.shot(window.scene().getRoot(), name);
    }
}
