package fr.cession.ui;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FakeConflictDesk;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.real.RealStore;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.Instant;
import java.util.Locale;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The desktop on the real store (H2 file under target/), the real playbook
 * config/playbook-b2c.yaml, the order workflow and the board queries; screenshots under
 * target/screenshots.
 */
class RealStoreFlowTest {

    private static final Actor MANAGER = new Actor("mlefevre", "Marc Lefèvre", Role.MANAGER, "LYON");

    private final RealStore real = new RealStore();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FxRobot robot = new FxRobot();
    private FxTaskExecutor executor;
    private DesktopWindow window;
    private OrderFile martin;
    private OrderFile credit;

    @BeforeEach
    void orders() {
        martin = real.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1, TestUi.ACTOR);
        real.order("Bernard", "EF-456-GH", "VF1BBBBBB22222222", 4, TestUi.ACTOR);
        real.order("Durand", "JK-789-LM", "VF1CCCCCC33333333", 0, TestUi.ACTOR);
        credit = real.workflow.create(real.draft("Petit", "NP-012-QR", "VF1DDDDDD44444444", 2, PaymentMethod.CRD),
                TestUi.ACTOR);
    }

    private void open(Actor actor, SyncStatus sync, ConflictDesk conflicts) throws Exception {
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(actor, TestUi.CLOCK, TestUi.PARIS, RuleSettings.SEED_004,
                real.repo, real.board, real.actions, sync, DemoDataOffer.NONE, Locale.FRANCE, conflicts);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(deps, stage, executor, m -> dialogs);
            window.show();
        });
        waitFor(() -> window.viewModel().feed().snapshotProperty().get().cards().size() >= 4);
    }

    private void open() throws Exception {
        open(TestUi.ACTOR, SyncStatus.localOnly(), ConflictDesk.NONE);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (executor != null) {
            executor.close();
        }
        real.close();
    }

    @Test
    void createAnOrderWithTheDomainChecksAndSeeItsActivities() throws Exception {
        open();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#form-LAST_NAME").tryQuery().isPresent());
        type("#form-PLATE", "AO-123-CD");
        waitFor(() -> text("#form-error-PLATE").contains("I, O et U"));
        robot.interact(() -> robot.lookup("#form-PLATE").queryTextInputControl().setText("WW-123-AB"));
        waitFor(() -> text("#form-warning-PLATE").contains("provisoire"));
        assertThat(text("#form-error-PLATE")).isEmpty();
        type("#form-FIRST_NAME", "Lucie");
        type("#form-LAST_NAME", "Moreau");
        type("#form-EMAIL", "lucie.moreau@example.fr");
        type("#form-PHONE", "0611223344");
        type("#form-VIN", "VF1RFB00112345678");
        type("#form-MAKE", "Renault");
        type("#form-MODEL", "Clio");
        type("#form-PRICE", "13490");
        waitFor(() -> text("#form-warning-VIN").contains("chiffre de contrôle"));
        shot("20-nouvelle-commande-avertissements");
        robot.interact(() -> robot.lookup("#form-create").queryButton().fire());
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE
                && window.viewModel().orderFile().fileProperty().get() != null
                && "Moreau".equals(window.viewModel().orderFile().fileProperty().get().order().customer().lastName()));
        waitFor(() -> robot.lookup(".checklist-line").queryAll().size() > 3);
        assertThat(window.viewModel().orderFile().activities()).extracting(r -> r.activity().typeCode())
                .contains("reservation", "demande_destockage");
        assertThat(dialogs.errors).isEmpty();
        shot("21-fiche-commande-reelle");
    }

    @Test
    void tickAChecklistToDoneThenMoveOnAndMeetTheRules() throws Exception {
        open();
        openOrder(martin);
        int lines = (int) window.viewModel().orderFile().activities().stream()
                .filter(r -> r.activity().typeCode().equals("reservation")).mapToLong(r -> r.items().size()).sum();
        for (int i = 0; i < lines; i++) {
            CheckBox box = robot.lookup(".checklist-line").queryAllAs(CheckBox.class).stream()
                    .filter(b -> String.valueOf(b.getUserData()).equals(firstOpenLine())).findFirst().orElseThrow();
            robot.interact(box::fire);
            int done = i + 1;
            waitFor(() -> dialogs.errors.isEmpty() ? true : fail(dialogs.errors.toString()));
            waitFor(() -> real.repo.load(martin.orderId()).orElseThrow().items().stream()
                    .filter(it -> it.checked()).count() == done);
            if (done < lines) {
                // the screen reads the file again after each tick: wait for it before the next one
                waitFor(() -> !window.viewModel().orderFile().busyProperty().get() && shownTicks() == done);
                if (done == lines - 1) {
                    shot("22-fiche-commande-lignes-cochees");
                }
            }
        }
        // ticking the last line closed the activity: it leaves the open activities
        waitFor(() -> !window.viewModel().orderFile().busyProperty().get()
                && window.viewModel().orderFile().activities().stream()
                .noneMatch(r -> r.activity().typeCode().equals("reservation")));
        assertThat(real.repo.load(martin.orderId()).orElseThrow().activity("reservation").orElseThrow().state())
                .isEqualTo(fr.cession.domain.activity.ActivityState.FAITE);
        robot.clickOn("#order-advance");
        waitFor(() -> window.viewModel().orderFile().fileProperty().get().order().status() == OrderStatus.DESTOCKAGE);

        // 004:26 "10 jours minimum après la résa": without a hand-over date the next step is refused
        waitFor(() -> robot.lookup(".blocker").tryQuery().isPresent());
        String reason = robot.lookup(".blocker").queryAs(Label.class).getText();
        robot.clickOn("#order-advance");
        waitFor(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0).message()).isEqualTo(reason).containsIgnoringCase("cession");
        shot("23-fiche-commande-regle");

        // the hand-over date is picked in the side panel (no dialog): typed in the date picker, time kept at 14:00
        robot.clickOn("#order-handover");
        waitFor(() -> robot.lookup("#of-handoverAt-day").tryQuery().isPresent());
        DatePicker day = robot.lookup("#of-handoverAt-day").queryAs(DatePicker.class);
        robot.interact(() -> day.getEditor().requestFocus());
        robot.write("23/03/2026");
        waitFor(() -> java.time.LocalDate.of(2026, 3, 23).equals(day.getValue()));
        robot.clickOn("#form-submit");
        waitFor(() -> window.viewModel().orderFile().blockers().isEmpty());
        robot.clickOn("#order-advance");
        waitFor(() -> window.viewModel().orderFile().fileProperty().get().order().status() == OrderStatus.ORGANISEE);
        waitFor(() -> window.viewModel().orderFile().activities().stream()
                .anyMatch(r -> r.activity().typeCode().equals("verification_documents")));
        shot("24-fiche-commande-organisee");
    }

    @Test
    void aCommercialAsksTheManagerWhoDecides() throws Exception {
        // 004:53 "le commercial doit en informer son N+1 qui procédera au transfert des fonds"
        real.actions.requestApproval(credit.orderId(), ApprovalKind.TRANSFERT_FONDS_CREDIT, null,
                "Fonds Cofidis reçus sur le wallet", TestUi.ACTOR);
        open();
        openOrder(credit);
        waitFor(() -> robot.lookup("#approval-why").tryQuery().isPresent());
        assertThat(text("#approval-why")).isEqualTo("Seul un manager peut décider");
        scrollTo("#order-approvals");
        shot("25-accord-commercial");
        FxToolkit.cleanupStages();
        executor.close();

        open(MANAGER, SyncStatus.localOnly(), ConflictDesk.NONE);
        openOrder(credit);
        waitFor(() -> robot.lookup("#approval-approve").tryQuery().isPresent());
        scrollTo("#order-approvals");
        shot("26-accord-manager");
        robot.interact(() -> robot.lookup("#approval-approve").queryButton().fire());
        waitFor(() -> real.repo.load(credit.orderId()).orElseThrow().approvals().get(0).status()
                == ApprovalStatus.APPROUVEE);
        waitFor(() -> robot.lookup("#approval-approve").tryQuery().isEmpty());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theStatusBarSaysTheSyncStateAndConflictsAreResolvedOnTheirScreen() throws Exception {
        FakeConflictDesk desk = new FakeConflictDesk((c, v) -> real.actions.setHandoverDate(c.orderId(),
                java.time.LocalDateTime.of(2026, 3, 23, 14, 0), TestUi.ACTOR));
        desk.emailConflict(martin.orderId());
        desk.refusal(credit.orderId());
        Instant since = Instant.parse("2026-03-10T08:15:00Z");
        SyncStatus offline = new SyncStatus() {
            @Override
            public State current() {
                return new State(true, false, 3, since.minusSeconds(900), since, 1, 1, null);
            }

            @Override
            public AutoCloseable subscribe(java.util.function.Consumer<State> listener) {
                return () -> { };
            }
        };
        open(TestUi.ACTOR, offline, desk);
        assertThat(text("#status-connection")).isEqualTo("Hors ligne depuis le 10/03/2026 09:15");
        assertThat(text("#status-pending")).isEqualTo("3 modifications en attente");
        assertThat(text("#status-last-sync")).isEqualTo("Dernière synchro : 10/03/2026 09:00");
        robot.clickOn("#status-conflicts");
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.CONFLITS);
        waitFor(() -> robot.lookup("#conflict-take").tryQuery().isPresent());
        assertThat(window.viewModel().conflicts().conflicts().get(0).orderNumber())
                .isEqualTo(real.repo.load(martin.orderId()).orElseThrow().order().number());
        shot("27-conflits");
        robot.clickOn("#conflict-take");
        waitFor(() -> desk.resolutions.size() == 1);
        assertThat(desk.resolutions).containsExactly("customer_email=j.martin@exemple.fr by cdupont");
        waitFor(() -> window.viewModel().conflicts().conflicts().isEmpty());
        robot.clickOn("#refusal-acknowledge");
        waitFor(() -> window.viewModel().conflicts().refusals().isEmpty());
        shot("28-conflits-resolus");
    }

    @Test
    void filterTheBoardAndSwitchTheLanguage() throws Exception {
        open();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.TABLEAU);
        waitFor(() -> window.viewModel().board().shownProperty().get() >= 4);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#board-search").query().isFocused());
        robot.write("jk-789");
        // one card per order, however many activities it has open
        waitFor(() -> window.viewModel().board().shownProperty().get() == 1);
        shot("29-tableau-reel-recherche");
        robot.clickOn("Langue");
        robot.clickOn("English");
        waitFor(() -> robot.lookup("#nav-today").queryAs(ToggleButton.class).getText().equals("My day"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.CONFLITS);
        waitFor(() -> text("#conflicts-view .title-2").equals("Synchronisation conflicts"));
        shot("30-conflicts-english");
    }

    private long shownTicks() {
        long open = window.viewModel().orderFile().activities().stream()
                .filter(r -> r.activity().typeCode().equals("reservation")).mapToLong(r -> r.done()).sum();
        boolean gone = window.viewModel().orderFile().activities().stream()
                .noneMatch(r -> r.activity().typeCode().equals("reservation"));
        return gone ? real.repo.load(martin.orderId()).orElseThrow().items().stream().filter(i -> i.checked()).count()
                : open;
    }

    private String firstOpenLine() {
        return window.viewModel().orderFile().activities().stream()
                .filter(r -> r.activity().typeCode().equals("reservation"))
                .flatMap(r -> r.items().stream()).filter(i -> !i.checked()).findFirst().orElseThrow().lineCode();
    }

    private void openOrder(OrderFile f) throws Exception {
        robot.interact(() -> window.viewModel().openOrder(f.orderId()));
        waitFor(() -> window.viewModel().orderFile().fileProperty().get() != null
                && window.viewModel().orderFile().fileProperty().get().orderId().equals(f.orderId())
                && !window.viewModel().orderFile().activities().isEmpty());
    }

    private void scrollTo(String query) {
        Node target = robot.lookup(query).query();
        javafx.scene.control.ScrollPane pane = robot.lookup("#order-view").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            double y = target.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
            double max = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(max <= 0 ? 0 : Math.min(1, Math.max(0, (y - 60) / max)));
        });
    }

    private void type(String query, String value) {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.write(value);
    }

    private String text(String query) {
        String t = robot.lookup(query).queryLabeled().getText();
        return t == null ? "" : t;
    }

    private void shot(String name) throws Exception {
        FxSteps.shot(window.scene().getRoot(), name);
    }
}
