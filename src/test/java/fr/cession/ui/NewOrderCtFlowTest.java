package fr.cession.ui;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.ui.conflict.ConflictDesk;
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
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.Locale;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The new-order form on the real store and playbook, for a vehicle first registered 6 years ago
 * (004:23 "si vh 3 ans et 11 mois", 004:42 "CT reçu et mis dans le BO"): the dates are typed in
 * the date pickers, and once the order is organised its documents list the CT report, and what
 * blocks says how to get past it.
 */
class NewOrderCtFlowTest {


    private final RealStore real = new RealStore();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FxRobot robot = new FxRobot();
    private FxTaskExecutor executor;
    private DesktopWindow window;

    private void open() throws Exception {
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, real.repo, real.board, real.actions, SyncStatus.localOnly(), DemoDataOffer.NONE,
                Locale.FRANCE, ConflictDesk.NONE);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(deps, stage, executor, m -> dialogs);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (executor != null) {
            executor.close();
        }
        real.close();
    }

    // 004:23, 004:42: a 6-year-old vehicle has the CT report listed in its documents once organised
    @Test
    void aVehicleOfSixYearsGetsItsCtReportListedWhereTheRuleBlocks() throws Exception {
        open();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#form-LAST_NAME").tryQuery().isPresent());
        assertThat(picker("#form-RESERVED_ON").getEditor().getText()).isEqualTo("10/03/2026");
        // the company fields are not a private buyer's
        assertThat(showing("#form-SIREN")).isFalse();
        assertThat(showing("#form-lender")).isFalse();
        assertThat(showing("#form-FIRST_REGISTRATION")).isTrue();
        assertThat(text("#form-label-PLATE")).isEqualTo("Immatriculation");

        type("#form-FIRST_NAME", "Lucie");
        type("#form-LAST_NAME", "Moreau");
        type("#form-EMAIL", "lucie.moreau@example.fr");
        type("#form-PHONE", "0611223344");
        type("#form-VIN", "VF1RFB00X12345678");
        type("#form-PLATE", "GH-234-JK");
        type("#form-MAKE", "Renault");
        type("#form-MODEL", "Clio");
        typeDate("#form-FIRST_REGISTRATION", "01/03/2020");
        // a day that does not exist is refused, naming the field, and stays in the field after leaving it
        typeDate("#form-LAST_CT", "31/02/2025");
        waitFor(() -> text("#form-error-LAST_CT").startsWith("Date du dernier CT : « 31/02/2025 »"));
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        waitFor(() -> picker("#form-LAST_CT").getEditor().getText().equals("31/02/2025"));
        assertThat(text("#form-error-LAST_CT")).contains("date invalide");
        robot.interact(() -> picker("#form-LAST_CT").getEditor().setText(""));
        type("#form-MILEAGE", "84 000");
        type("#form-PRICE", "9990");
        typeDate("#form-HANDOVER_DATE", "23/03/2026");
        waitFor(() -> text("#form-error-LAST_CT").isEmpty() && text("#form-error-FIRST_REGISTRATION").isEmpty());
        shot("31-nouvelle-commande-vehicule-6-ans");
        robot.interact(() -> robot.lookup("#form-create").queryButton().fire());
        waitFor(() -> (dialogs.errors.isEmpty() ? true : org.assertj.core.api.Assertions.<Boolean>fail(
                dialogs.errors.toString())) && window.viewModel().screenProperty().get() == Screen.FICHE_COMMANDE
                && window.viewModel().orderFile().fileProperty().get() != null
                && "Moreau".equals(window.viewModel().orderFile().fileProperty().get().order().customer().lastName()));
        assertThat(dialogs.errors).isEmpty();
        var order = window.viewModel().orderFile().fileProperty().get().order();
        assertThat(order.vehicle().firstRegistration()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(order.vehicle().mileageKm()).isEqualTo(84000);
        assertThat(order.handoverAt()).isEqualTo(LocalDate.of(2026, 3, 23).atTime(10, 0));
        assertThat(window.viewModel().orderFile().documents()).extracting(d -> d.type())
                .doesNotContain(DocumentType.RAPPORT_CT);

        advanceTo(OrderStatus.DESTOCKAGE);
        advanceTo(OrderStatus.ORGANISEE);
        waitFor(() -> window.viewModel().orderFile().documents().stream()
                .anyMatch(d -> d.type() == DocumentType.RAPPORT_CT));
        waitFor(() -> robot.lookup(n -> n instanceof Labeled l
                && "Procès-verbal de contrôle technique".equals(l.getText())).tryQuery().isPresent());
        waitFor(() -> robot.lookup(".blocker").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("marquez le procès-verbal de contrôle technique reçu dans Documents")));
        shot("32-fiche-organisee-pv-ct-liste");
    }

    // the requester takes back a pending request from the order's "Accords du manager"
    @Test
    void theRequesterWithdrawsTheirRequest() throws Exception {
        var order = real.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1, TestUi.ACTOR);
        real.actions.requestApproval(order.orderId(), ApprovalKind.REMBOURSEMENT, new java.math.BigDecimal("500"),
                "Frais de réservation", TestUi.ACTOR);
        open();
        robot.interact(() -> window.viewModel().openOrder(order.orderId()));
        waitFor(() -> robot.lookup("#approval-withdraw").tryQuery().isPresent());
        assertThat(robot.lookup("#approval-withdraw").queryButton().getText()).isEqualTo("Retirer ma demande");
        robot.interact(() -> robot.lookup("#approval-withdraw").queryButton().fire());
        waitFor(() -> real.repo.load(order.orderId()).orElseThrow().approvals().get(0).status()
                == ApprovalStatus.RETIREE);
        waitFor(() -> robot.lookup("#approval-withdrawn").tryQuery().isPresent());
        assertThat(text("#approval-withdrawn")).contains("retirée par le demandeur");
        // a withdrawn request is decided: nothing left to withdraw
        assertThat(robot.lookup("#approval-withdraw").tryQuery()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    private void advanceTo(OrderStatus status) throws Exception {
        waitFor(() -> !window.viewModel().orderFile().busyProperty().get());
        robot.interact(() -> robot.lookup("#order-advance").queryButton().fire());
        waitFor(() -> window.viewModel().orderFile().fileProperty().get().order().status() == status
                && !window.viewModel().orderFile().busyProperty().get());
        assertThat(dialogs.errors).isEmpty();
    }

    /** Whether the node and every parent are visible: a hidden row hides its field. */
    private boolean showing(String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private DatePicker picker(String query) {
        return robot.lookup(query).queryAs(DatePicker.class);
    }

    private void typeDate(String query, String value) {
        DatePicker p = picker(query);
        robot.interact(() -> p.getEditor().requestFocus());
        robot.write(value);
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
