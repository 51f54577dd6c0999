package fr.cession.ui;

import fr.cession.app.SyncConflictDesk;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.sync.ConflictResolver;
import fr.cession.sync.RefusalLog;
import fr.cession.sync.SyncRepair;
import fr.cession.sync.local.Outbox;
import fr.cession.sync.protocol.OpOutcome;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.real.RealStore;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static fr.cession.store.schema.Tables.SYNC_OUTBOX;
import static fr.cession.store.schema.Tables.SYNC_TO_FIX;
import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * « À corriger » on the real store (H2 file under target/): an order whose creation the central
 * database refused as a duplicate is renumbered through the Conflicts screen, then resent whole;
 * screenshots under target/screenshots.
 */
class ToFixFlowTest {

    private final RealStore real = new RealStore();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FxRobot robot = new FxRobot();
    private final AtomicInteger syncsAsked = new AtomicInteger();
    private FxTaskExecutor executor;
    private DesktopWindow window;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (executor != null) {
            executor.close();
        }
        real.close();
    }

    @Test
    void aRefusedDuplicateIsRenumberedOnTheScreenThenResentWhole() throws Exception {
        OrderFile martin = real.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1, TestUi.ACTOR);
        String number = martin.order().number();
        refusedAsADuplicate(martin.orderId(), number);
        var dsl = real.db.dsl();
        SyncConflictDesk desk = new SyncConflictDesk(new ConflictResolver(dsl, real.clock, UUID::randomUUID),
                new RefusalLog(dsl), new SyncRepair(dsl, real.clock, UUID::randomUUID), syncsAsked::incrementAndGet);
        open(desk);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.CONFLITS);
        waitFor(() -> robot.lookup("#tofix-renumber").tryQuery().isPresent());
        assertThat(robot.lookup("#tofix-list .tofix-reason").queryAs(Label.class).getText())
                .startsWith("Commande " + number + " : doublon").contains("renvoyez-la");
        shotOfSection("31-a-corriger");

        // a number the repair refuses: said beside the field, the dialog stays, nothing written
        robot.clickOn("#tofix-renumber");
        waitFor(() -> robot.lookup("#renumber-field").tryQuery().isPresent()
                && robot.lookup("#renumber-field").query().isFocused());
        // typed characters go to the robot's target window: the dialog's, not the main one
        robot.targetWindow(robot.lookup("#renumber-field").query().getScene().getWindow());
        robot.interact(() -> robot.lookup("#renumber-field").queryTextInputControl().clear());
        robot.write("BO 2026");
        robot.type(KeyCode.ENTER);
        waitFor(() -> !robot.lookup("#renumber-error").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#renumber-error").queryAs(Label.class).getText())
                .isEqualTo("Numéro de commande « BO 2026 » : de 1 à 40 lettres, chiffres, « - », « _ », « / » ou « . » attendus");
        FxSteps.shot(robot.lookup("#renumber-dialog").query(), "32-renumeroter-refuse");
        assertThat(real.repo.load(martin.orderId()).orElseThrow().order().number()).isEqualTo(number);

        robot.interact(() -> robot.lookup("#renumber-field").queryTextInputControl().clear());
        robot.write("BO-2026-2-P");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#renumber-dialog").tryQuery().isEmpty());
        robot.targetWindow(window.scene().getWindow());
        waitFor(() -> "BO-2026-2-P".equals(real.repo.load(martin.orderId()).orElseThrow().order().number()));
        waitFor(() -> !window.viewModel().conflicts().toFix().isEmpty()
                && window.viewModel().conflicts().toFix().get(0).number().equals("BO-2026-2-P"));
        assertThat(robot.lookup("#tofix-notice").queryAs(Label.class).getText()).contains("BO-2026-2-P");
        assertThat(pendingCreations(martin.orderId())).as("renumbered, not sent yet").isZero();

        // the order's file opens to fix a field; "back" (Escape) returns to the list
        robot.clickOn("#tofix-open");
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE
                && window.viewModel().orderFile().fileProperty().get() != null
                && window.viewModel().orderFile().fileProperty().get().orderId().equals(martin.orderId()));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.CONFLITS
                && robot.lookup("#tofix-resend").tryQuery().isPresent());

        // resent by keyboard: Alt+V, the mnemonic of « Renvoyer »
        robot.interact(() -> robot.lookup("#tofix-renumber").query().requestFocus());
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT);
        waitFor(() -> window.viewModel().conflicts().toFix().isEmpty());
        waitFor(() -> robot.lookup("#tofix-resend").tryQuery().isEmpty());
        assertThat(real.repo.load(martin.orderId()).orElseThrow().order().number()).isEqualTo("BO-2026-2-P");
        assertThat(pendingCreations(martin.orderId())).as("the order's creation is queued to leave").isEqualTo(1);
        assertThat(dsl.fetchCount(SYNC_TO_FIX)).isZero();
        assertThat(syncsAsked).hasValue(1);
        assertThat(robot.lookup("#tofix-notice").queryAs(Label.class).getText())
                .isEqualTo("Commande BO-2026-2-P renvoyée : elle partira à la prochaine synchronisation.");
        assertThat(dialogs.errors).isEmpty();
        shotOfSection("33-a-corriger-renvoyee");
    }

    /** What a push does when the central database refuses the order's creation: the same outcome, recorded the same way. */
    private void refusedAsADuplicate(UUID orderId, String number) {
        Outbox outbox = new Outbox(real.db.dsl());
        List<OutgoingOp> sent = outbox.pending(1000);
        String reason = "Commande " + number + " : doublon : le numéro " + number + " est déjà celui d'une autre "
                + "commande, créée à PARIS pour le client « Jean Durand » (ici « Jean Martin »). Vérifiez dans le back "
                + "office laquelle porte ce numéro, corrigez le numéro de la vôtre puis renvoyez-la, ou retirez-la de ce poste.";
        List<OpOutcome> outcomes = sent.stream().map(op -> orderId.equals(op.orderId())
                ? new OpOutcome(op.opId(), OpOutcome.Result.REFUSED, reason, 0)
                : new OpOutcome(op.opId(), OpOutcome.Result.APPLIED, null, 0)).toList();
        outbox.recordOutcomes(sent, outcomes, real.clock.instant());
        assertThat(new SyncRepair(real.db.dsl(), real.clock, UUID::randomUUID).toFix()).singleElement()
                .satisfies(f -> assertThat(f.number()).isEqualTo(number));
        assertThat(outbox.pendingCount()).as("nothing of it leaves until fixed").isZero();
    }

    private int pendingCreations(UUID orderId) {
        return real.db.dsl().fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.ORDER_ID.eq(orderId)
                .and(SYNC_OUTBOX.ENTITY.eq("sales_order")).and(SYNC_OUTBOX.KIND.eq("CREATION"))
                .and(SYNC_OUTBOX.PUSHED_AT.isNull()));
    }

    private void open(SyncConflictDesk desk) throws Exception {
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, real.repo, real.board, real.actions, SyncStatus.localOnly(), DemoDataOffer.NONE,
                Locale.FRANCE, desk);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(deps, stage, executor, m -> dialogs);
            window.show();
        });
        waitFor(() -> !window.viewModel().feed().snapshotProperty().get().cards().isEmpty());
    }

    private void shotOfSection(String name) throws Exception {
        Node section = robot.lookup("#tofix-section").query();
        FxSteps.shot(section, name);
    }
}
