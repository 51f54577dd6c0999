package fr.cession.ui;

import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.accounts.AccountsDesk.OpenActivity;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FakeAccountsDesk;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.papers.Papers;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, "Comptes" (Ctrl+5) through the desktop, headless: the main account creates a person
 * and sees the password once, disables Alice and reads what she leaves to reassign, then the
 * journal. Screenshots under target/screenshots/comptes-*.png.
 */
class AccountsFlowTest {

    private static final Actor CHEF = new Actor("chef_lyon", "Chef de Lyon", Role.MANAGER, "LYON",
            Set.of(Role.MANAGER));

    private final TestUi ui = new TestUi();
    private final FxRobot robot = new FxRobot();
    private final FakeAccountsDesk desk = FakeAccountsDesk.mainAccount();
    private FxTaskExecutor executor;
    private DesktopWindow window;

    @BeforeEach
    void start() throws Exception {
        desk.open.put("alice", List.of(
                new OpenActivity("LYON-2026-0004", "Vérification des documents B2C", Instant.parse("2026-03-12T09:00:00Z")),
                new OpenActivity("LYON-2026-0007", "Demande de déstockage B2C", Instant.parse("2026-03-13T16:00:00Z"))));
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(CHEF, TestUi.CLOCK, TestUi.PARIS, RuleSettings.SEED_004,
                ui.store, ui.store, ui.workflow, SyncStatus.localOnly(), DemoDataOffer.NONE, Locale.FRANCE,
                ConflictDesk.NONE, ApprovalQueries.NONE, desk, Papers.NONE);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(deps, stage, executor, m -> ui.dialogs);
            window.show();
        });
        waitFor(() -> robot.lookup("#main-view").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
    }

    @Test
    void theMainAccountCreatesAPersonThenDisablesAliceAndReadsTheJournal() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.COMPTES);
        waitFor(() -> table().getItems().size() == 3 && !window.viewModel().accounts().busyProperty().get());
        assertThat(label("#accounts-organisation").getText()).isEqualTo("Distributeur Lyon · connecté en tant que chef_lyon");
        shot("comptes-01-liste");

        robot.clickOn("#accounts-new");
        robot.clickOn("#accounts-new-login").write("carla");
        robot.clickOn("#accounts-new-name").write("Carla Durand");
        robot.clickOn("#accounts-new-role-commercial");
        robot.clickOn("#accounts-new-role-manager");
        robot.clickOn("#accounts-create");
        waitFor(() -> robot.lookup("#accounts-password-box").query().isVisible());
        assertThat(robot.lookup("#accounts-password").queryAs(TextField.class).getText()).isEqualTo("Mot2passe1abcdefg");
        assertThat(label("#accounts-notice").getText()).isEqualTo("Compte « carla » créé (Commercial, Manager, site LYON).");
        assertThat(table().getItems()).extracting(p -> p.login()).contains("carla");
        assertThat(ui.dialogs.errors).isEmpty();
        shot("comptes-02-mot-de-passe");
        robot.clickOn("#accounts-password-noted");
        waitFor(() -> !robot.lookup("#accounts-password-box").query().isVisible());

        robot.clickOn("Alice Martin");
        waitFor(() -> label("#accounts-selected").getText().equals("Alice Martin (alice)"));
        ui.dialogs.confirmWith(true);
        robot.clickOn("#accounts-disable");
        waitFor(() -> robot.lookup("#accounts-reassign-title").query().isVisible());
        assertThat(label("#accounts-reassign-title").getText())
                .isEqualTo("Activités ouvertes de Alice Martin à réattribuer (2) :");
        assertThat(desk.person("alice").active()).isFalse();
        waitFor(() -> robot.lookup("#accounts-disable").query().isDisabled());
        assertThat(robot.lookup("#accounts-site").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .as("the disabled person's site still shown after the list is read again")
                .isEqualTo(new fr.cession.ui.accounts.AccountsDesk.Site("LYON", "Lyon"));
        shot("comptes-03-desactivation");

        robot.clickOn("Journal des comptes");
        waitFor(() -> robot.lookup("#accounts-journal-table").tryQuery().map(Node::isVisible).orElse(false));
        waitFor(() -> label("#accounts-journal-count").getText().equals("3 ligne(s)"));
        shot("comptes-04-journal");
        assertThat(ui.dialogs.errors).isEmpty();
    }

    @Test
    void aStandaloneDesktopSaysWhyThereAreNoAccountsToRun() throws Exception {
        FxToolkit.cleanupStages();
        DesktopDependencies standalone = new DesktopDependencies(CHEF, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, ui.store, ui.store, ui.workflow, SyncStatus.localOnly(), DemoDataOffer.NONE,
                Locale.FRANCE);
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(standalone, stage, executor, m -> ui.dialogs);
            window.show();
        });
        waitFor(() -> robot.lookup("#main-view").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitFor(() -> label("#accounts-refusal").getText().startsWith("Ce poste travaille sans base centrale"));
        assertThat(robot.lookup("#accounts-tabs").query().isVisible()).isFalse();
        shot("comptes-05-poste-autonome");
    }

    @SuppressWarnings("unchecked")
    private TableView<fr.cession.sync.protocol.CentralPerson> table() {
        return robot.lookup("#accounts-table").queryAs(TableView.class);
    }

    private Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private void shot(String name) throws Exception {
        FxSteps.shot(robot.lookup("#main-view").query().getScene().getRoot(), name);
    }
}
