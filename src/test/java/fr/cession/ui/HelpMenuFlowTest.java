package fr.cession.ui;

import fr.cession.domain.playbook.RuleSettings;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.help.TextClipboard;
import fr.cession.ui.papers.FxFileDesk;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.shell.WindowPlacementStore;
import fr.cession.ui.shell.WindowPlacer;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11: « Aide → Copier le diagnostic » puts the support text on the clipboard and says so. */
class HelpMenuFlowTest {

    private static final String REPORT = "Diagnostic Cession — test\nVersion : développement\nJava : 17\n";

    private final TestUi ui = new TestUi();
    private final FxRobot robot = new FxRobot();
    /** Where the text was built and where it was copied: the report off the FX thread, the clipboard on it. */
    private final List<Boolean> reportOnFxThread = new CopyOnWriteArrayList<>();
    private final List<String> copied = new CopyOnWriteArrayList<>();
    private final List<Boolean> copiedOnFxThread = new CopyOnWriteArrayList<>();
    private FxTaskExecutor executor;
    private DesktopWindow window;

    @BeforeEach
    void start() throws Exception {
        ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1);
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, ui.store, ui.store, ui.workflow, SyncStatus.localOnly(), DemoDataOffer.NONE,
                Locale.FRANCE);
        TextClipboard clipboard = text -> {
            copiedOnFxThread.add(Platform.isFxApplicationThread());
            copied.add(text);
        };
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(deps, stage, executor, m -> ui.dialogs,
                    WindowPlacer.onScreens(WindowPlacementStore.NONE), new FxFileDesk(() -> stage, uri -> { }),
                    () -> {
                        reportOnFxThread.add(Platform.isFxApplicationThread());
                        return REPORT;
                    }, clipboard);
            window.show();
        });
        waitFor(() -> !window.viewModel().today().rows().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
    }

    @Test
    void copyingTheDiagnosticPutsTheSameTextOnTheClipboardAndSaysSoInFrench() throws Exception {
        robot.clickOn("Aide");
        waitFor(() -> robot.lookup("Copier le diagnostic").tryQuery().isPresent());
        robot.clickOn("Copier le diagnostic");

        waitFor(() -> !ui.dialogs.infos.isEmpty());
        assertThat(copied).containsExactly(REPORT);
        assertThat(reportOnFxThread).as("built in the background").containsExactly(false);
        assertThat(copiedOnFxThread).as("JavaFX's clipboard is touched on its own thread").containsExactly(true);
        assertThat(ui.dialogs.infos).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Diagnostic copié");
            assertThat(shown.message()).isEqualTo("Le diagnostic (3 lignes, sans aucun mot de passe) est dans le "
                    + "presse-papiers : collez-le (Ctrl+V) dans le courriel ou le ticket destiné à l'assistance.");
        });
        assertThat(ui.dialogs.errors).isEmpty();
        FxSteps.shot(window.scene().getRoot(), "aide-diagnostic-copie");
    }
}
