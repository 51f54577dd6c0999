package fr.cession.ui.shell;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, "fits the screen": on a 1366×768 screen (a 40-pixel task bar at the bottom) the window
 * takes the usable area and the status bar and the main navigation are in view on every screen.
 */
class WindowFitsTheScreenTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);

    private final TestUi ui = new TestUi();
    private final FxRobot robot = new FxRobot();
    private final List<WindowPlacement> saved = new ArrayList<>();
    private FxTaskExecutor executor;
    private DesktopWindow window;
    private Stage stage;

    private void open(Optional<WindowPlacement> last) throws Exception {
        OrderFile first = null;
        for (int i = 0; i < 14; i++) {
            OrderFile f = ui.order("Client" + i, "AB-12" + (i % 10) + "-CD", "VF1AAAAAA1111111" + (i % 10), i % 7);
            first = first == null ? f : first;
        }
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, ui.store, ui.store, ui.workflow, SyncStatus.localOnly(), DemoDataOffer.NONE,
                Locale.FRANCE);
        WindowPlacementStore store = new WindowPlacementStore() {
            @Override
            public Optional<WindowPlacement> load() {
                return last;
            }

            @Override
            public void save(WindowPlacement placement) {
                saved.add(placement);
            }
        };
        WindowPlacer placer = new WindowPlacer(store, () -> List.of(LAPTOP), () -> LAPTOP);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            stage = s;
            window = new DesktopWindow(deps, s, executor, m -> ui.dialogs, placer);
            window.show();
        });
        waitFor(() -> window.viewModel().today().rows().size() > 4);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (executor != null) {
            executor.close();
        }
    }

    @Test
    void at1366x768TheStatusBarAndTheNavigationAreInView() throws Exception {
        open(Optional.empty());
        assertThat(stage.getWidth()).isEqualTo(1366);
        assertThat(stage.getHeight()).isEqualTo(728);
        assertThat(stage.getX()).isZero();
        assertThat(stage.getY()).isZero();

        for (Screen screen : new Screen[] {Screen.MA_JOURNEE, Screen.TABLEAU, Screen.CONFLITS}) {
            robot.interact(() -> window.viewModel().show(screen));
            assertInView(screen.name());
        }
        robot.interact(() -> window.viewModel().openOrder(ui.store.allFiles().get(0).orderId()));
        waitFor(() -> window.viewModel().orderFile().fileProperty().get() != null);
        assertInView("FICHE_COMMANDE");
        robot.interact(() -> window.viewModel().newOrder());
        assertInView("NOUVELLE_COMMANDE");
    }

    @Test
    void itOpensWhereItWasLeftAndRemembersWhereItIsLeft() throws Exception {
        open(Optional.of(new WindowPlacement(40, 30, 1100, 650, false)));
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertInView("restored");
        robot.interact(() -> {
            stage.setX(60);
            stage.setWidth(1000);
        });
        robot.interact(stage::hide);
        assertThat(saved).containsExactly(new WindowPlacement(60, 30, 1000, 650, false));
    }

    private void assertInView(String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        double width = window.scene().getWidth();
        double height = window.scene().getHeight();
        assertThat(height).as("scene height").isPositive().isLessThanOrEqualTo(stage.getHeight());
        for (String id : new String[] {"#status-bar", "#status-connection", "#menu-bar",
                "#nav-today", "#nav-board", "#nav-new"}) {
            Node node = robot.lookup(id).query();
            Bounds b = node.localToScene(node.getLayoutBounds());
            assertThat(node.isVisible()).as("%s visible on %s", id, where).isTrue();
            assertThat(b.getHeight()).as("%s height on %s", id, where).isPositive();
            assertThat(b.getMinY()).as("%s top on %s", id, where).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxY()).as("%s bottom on %s", id, where).isLessThanOrEqualTo(height + 0.5);
            assertThat(b.getMinX()).as("%s left on %s", id, where).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxX()).as("%s right on %s", id, where).isLessThanOrEqualTo(width + 0.5);
        }
        shot("fit-1366x768-" + where.toLowerCase());
    }

    private void shot(String name) throws Exception {
        FxSteps.shot(window.scene().getRoot(), name);
    }
}
