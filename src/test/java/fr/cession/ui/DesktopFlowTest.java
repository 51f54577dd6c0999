package fr.cession.ui;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.LocalDateTime;
import java.util.Locale;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Real flows through the desktop, headless, with screenshots of the main screens under target/screenshots. */
class DesktopFlowTest {


    private final TestUi ui = new TestUi();
    private final FxRobot robot = new FxRobot();
    private FxTaskExecutor executor;
    private DesktopWindow window;
    private OrderFile martin;

    @BeforeEach
    void start() throws Exception {
        martin = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1);
        ui.order("Bernard", "EF-456-GH", "VF1BBBBBB22222222", 4);
        ui.order("Durand", "IJ-789-KL", "VF1CCCCCC33333333", 0);
        OrderFile petit = ui.order("Petit", "MN-012-OP", "VF1DDDDDD44444444", 6);
        petit.items().forEach(i -> ui.workflow.tick(i.orderId(), i.id(), TestUi.ACTOR));
        ui.workflow.advance(petit.orderId(), TestUi.ACTOR);
        ui.workflow.setHandoverDate(petit.orderId(), LocalDateTime.of(2026, 3, 11, 14, 0), TestUi.ACTOR);
        OrderFile leroy = ui.order("Leroy", "QR-345-ST", "VF1EEEEEE55555555", 2);
        leroy.items().forEach(i -> ui.workflow.tick(i.orderId(), i.id(), TestUi.ACTOR));

        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, ui.store, ui.store, ui.workflow, SyncStatus.localOnly(), DemoDataOffer.NONE,
                Locale.FRANCE);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(deps, stage, executor, m -> ui.dialogs);
            window.show();
        });
        waitFor(() -> window.viewModel().today().rows().size() > 4);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
    }

    @Test
    void opensOnMyDayWithTheGroupsAndTheStatusBar() throws Exception {
        waitFor(() -> label("#today-counts").getText().startsWith("1 en retard"));
        assertThat(label("#today-counts").getText()).contains("1 aujourd'hui").contains("1 commande(s)");
        assertThat(label("#status-user").getText()).isEqualTo("Connecté : Claire Dupont (Commercial, site LYON)");
        // issue 7: local only keeps no outbox, so no waiting count
        assertThat(label("#status-connection").getText()).isEqualTo("Mode local : rien à envoyer");
        assertThat(label("#status-pending").getText()).isEmpty();
        shot("01-ma-journee");
    }

    @Test
    void createAnOrderAndSeeItsActivitiesAppear() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#form-LAST_NAME").tryQuery().isPresent());
        robot.clickOn("#form-VIN").write("VF1ABC");
        waitFor(() -> label("#form-error-VIN").getText() != null && !label("#form-error-VIN").getText().isEmpty());
        shot("02-nouvelle-commande-erreur");
        robot.doubleClickOn("#form-VIN").eraseText(6).write("VF1RFB00X12345678");
        type("#form-FIRST_NAME", "Lucie");
        type("#form-LAST_NAME", "Moreau");
        type("#form-EMAIL", "lucie.moreau@example.fr");
        type("#form-PHONE", "0611223344");
        type("#form-PLATE", "GH-234-JK");
        type("#form-MAKE", "Renault");
        type("#form-MODEL", "Clio");
        type("#form-PRICE", "13490");
        assertThat(label("#form-error-VIN").getText()).isNullOrEmpty();
        shot("03-nouvelle-commande");
        robot.interact(() -> robot.lookup("#form-create").queryButton().fire());
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE
                && window.viewModel().orderFile().fileProperty().get() != null
                && "Moreau".equals(window.viewModel().orderFile().fileProperty().get().order().customer().lastName()));
        waitFor(() -> robot.lookup(".checklist-line").queryAll().size() == 3);
        assertThat(label("#order-title").getText()).contains("Lucie Moreau");
        shot("04-fiche-commande-nouvelle");
        assertThat(ui.dialogs.errors).isEmpty();
    }

    @Test
    void tickTheChecklistToDoneAndSeeTheNextStagesActivities() throws Exception {
        openMartinFromMyDay();
        // keyboard: focus is on the first line; Space ticks it
        waitFor(() -> robot.lookup(".checklist-line").queryAll().size() == 3);
        CheckBox first = robot.lookup(".checklist-line").queryAllAs(CheckBox.class).iterator().next();
        robot.interact(first::requestFocus);
        robot.type(KeyCode.SPACE);
        waitFor(() -> robot.lookup(".checklist-line").queryAll().stream().filter(n -> ((CheckBox) n).isSelected())
                .count() == 1);
        shot("05-fiche-commande-cochee");
        for (int i = 0; i < 2; i++) {
            CheckBox next = robot.lookup(".checklist-line").queryAllAs(CheckBox.class).stream()
                    .filter(b -> !b.isSelected()).findFirst().orElseThrow();
            robot.interact(next::requestFocus);
            robot.type(KeyCode.SPACE);
            int expected = i + 2;
            waitFor(() -> ui.store.load(martin.orderId()).orElseThrow().items().stream()
                    .filter(it -> it.checked()).count() == expected);
        }
        waitFor(() -> window.viewModel().orderFile().blockers().isEmpty());
        robot.clickOn("#order-advance");
        waitFor(() -> window.viewModel().orderFile().fileProperty().get().order().status() == OrderStatus.DESTOCKAGE);
        waitFor(() -> robot.lookup(".checklist-line").queryAllAs(CheckBox.class).stream()
                .anyMatch(b -> b.getText().startsWith("Mail à l'ADV")));
        shot("06-fiche-commande-destockage");
    }

    @Test
    void aForbiddenActionSaysWhyInFrench() throws Exception {
        openMartinFromMyDay();
        waitFor(() -> robot.lookup(".blocker").tryQuery().isPresent());
        assertThat(robot.lookup(".blocker").queryAs(Label.class).getText())
                .isEqualTo("Checklist « À la réservation B2C » incomplète (0/3)");
        robot.clickOn("#order-advance");
        waitFor(() -> !ui.dialogs.errors.isEmpty());
        assertThat(ui.dialogs.errors.get(0).title()).isEqualTo("Étape suivante impossible");
        assertThat(ui.dialogs.errors.get(0).message()).isEqualTo("Checklist « À la réservation B2C » incomplète (0/3)");
        shot("07-fiche-commande-bloquee");
    }

    @Test
    void filterTheBoardAsYouType() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.TABLEAU);
        waitFor(() -> window.viewModel().board().shownProperty().get() == 5);  // one card per order
        shot("08-tableau");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#board-search").query().isFocused());
        robot.write("ij-789");
        waitFor(() -> window.viewModel().board().shownProperty().get() == 1);
        ListView<?> reserved = robot.lookup("#column-RESERVEE").queryAs(ListView.class);
        assertThat(reserved.getItems()).hasSize(1);
        shot("09-tableau-recherche");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE);
        waitFor(() -> label("#order-title").getText().contains("Durand"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.TABLEAU);
        robot.clickOn("#board-by-type");
        waitFor(() -> robot.lookup("#column-reservation_b2c").tryQuery().isPresent());
        shot("10-tableau-par-activite");
    }

    @Test
    void switchTheLanguageToEnglish() throws Exception {
        robot.clickOn("Langue");
        robot.clickOn("English");
        waitFor(() -> robot.lookup("#nav-today").queryAs(ToggleButton.class).getText().equals("My day"));
        waitFor(() -> label("#today-counts").getText().startsWith("1 overdue"));
        assertThat(label("#status-connection").getText()).isEqualTo("Local mode: nothing to send");
        shot("11-my-day-english");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().board().shownProperty().get() == 5);  // one card per order
        shot("12-board-english");
        robot.interact(() -> window.switchTheme(true));
        shot("13-board-dark");
        robot.interact(() -> window.switchTheme(false));
    }

    private void openMartinFromMyDay() throws Exception {
        ListView<?> list = robot.lookup("#today-list").queryAs(ListView.class);
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (String.valueOf(list.getItems().get(i)).contains("Martin")) {
                index = i;
            }
        }
        int row = index;
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(row);
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE
                && window.viewModel().orderFile().fileProperty().get() != null
                && window.viewModel().orderFile().fileProperty().get().orderId().equals(martin.orderId()));
    }

    /** Focuses the field as Tab would (the form scrolls) and types into it. */
    private void type(String query, String text) {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private void shot(String name) throws Exception {
        FxSteps.shot(window.scene().getRoot(), name);
    }
}
