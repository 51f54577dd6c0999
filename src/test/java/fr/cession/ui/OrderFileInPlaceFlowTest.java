package fr.cession.ui;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.validation.Amount;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.real.RealStore;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.Locale;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order file on the real store, playbook and workflow, by keyboard and mouse only: Space ticks
 * the selected line, a payment is recorded in the side panel with its amount pre-filled, an
 * order opens at its top and a validated document stays under the cursor. Screenshots under
 * target/screenshots.
 */
class OrderFileInPlaceFlowTest {


    private final RealStore real = new RealStore();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FxRobot robot = new FxRobot();
    private FxTaskExecutor executor;
    private DesktopWindow window;
    private OrderFile martin;
    private OrderFile bernard;

    @BeforeEach
    void open() throws Exception {
        martin = real.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1, TestUi.ACTOR);
        bernard = real.order("Bernard", "EF-456-GH", "VF1BBBBBB22222222", 4, TestUi.ACTOR);
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, real.repo, real.board, real.actions, SyncStatus.localOnly(), DemoDataOffer.NONE,
                Locale.FRANCE, ConflictDesk.NONE);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(deps, stage, executor, m -> dialogs);
            window.show();
        });
        waitFor(() -> window.viewModel().feed().snapshotProperty().get().cards().size() >= 2);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
        real.close();
    }

    @Test
    void spaceTicksTheSelectedLineAndAPaymentIsRecordedInPlace() throws Exception {
        openOrder(martin);
        // the keyboard is on the first unticked line as soon as the order shows: Space ticks it
        waitFor(() -> robot.lookup(".checklist-line").queryAll().stream().anyMatch(Node::isFocused));
        String line = String.valueOf(focusedLine().getUserData());
        robot.type(KeyCode.SPACE);
        waitFor(() -> real.repo.load(martin.orderId()).orElseThrow().item(line).orElseThrow().checked());
        // the page was read again and the keyboard is still on that line: Space unticks it
        waitFor(() -> focusedLine() != null && line.equals(focusedLine().getUserData()) && focusedLine().isSelected());
        shot("40-fiche-espace-coche");
        robot.type(KeyCode.SPACE);
        waitFor(() -> !real.repo.load(martin.orderId()).orElseThrow().item(line).orElseThrow().checked());
        robot.type(KeyCode.SPACE);
        waitFor(() -> real.repo.load(martin.orderId()).orElseThrow().item(line).orElseThrow().checked());

        // Ctrl+P: the payment form, amount pre-filled with the 500 € reservation fee still due
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#of-payment-amount").tryQuery().isPresent());
        TextField amount = robot.lookup("#of-payment-amount").queryAs(TextField.class);
        assertThat(Amount.parse(amount.getText()).orElseThrow()).isEqualByComparingTo("500");
        shot("41-fiche-paiement-sur-place");
        robot.interact(() -> amount.setText(""));
        robot.clickOn(amount).write("abc");
        waitFor(() -> robot.lookup("#of-error-payment-amount").queryLabeled().getText().startsWith("Montant (€)"));
        shot("42-fiche-paiement-erreur");
        robot.interact(() -> amount.setText("500,00"));
        robot.clickOn("#form-submit");
        waitFor(() -> real.repo.load(martin.orderId()).orElseThrow().payments().size() == 1);
        assertThat(real.repo.load(martin.orderId()).orElseThrow().payments().get(0)).satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.FRAIS_RESERVATION);
            assertThat(p.amount()).isEqualByComparingTo("500");
            assertThat(p.isReceived()).isTrue();
        });
        waitFor(() -> !robot.lookup("#order-form").query().isVisible());

        // Ctrl+D opens the hand-over form; Escape closes it and stays on the order file
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#order-form").query().isVisible()
                && robot.lookup("#of-handoverAt-day").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !robot.lookup("#order-form").query().isVisible());
        assertThat(window.viewModel().screenProperty().get()).isEqualTo(fr.cession.ui.shell.Screen.FICHE_COMMANDE);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anOrderOpensAtItsTopAndAValidatedDocumentStaysUnderTheCursor() throws Exception {
        openOrder(martin);
        ScrollPane pane = robot.lookup("#order-view").queryAs(ScrollPane.class);
        robot.interact(() -> pane.setVvalue(1));
        openOrder(bernard);
        waitFor(() -> pane.getVvalue() == 0);

        DocumentType cni = DocumentType.CNI;
        Node row = robot.lookup("#doc-" + cni.name()).query();
        robot.interact(() -> {
            double y = row.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
            double max = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(max <= 0 ? 0 : Math.min(1, Math.max(0, (y - 200) / max)));
        });
        robot.clickOn("#doc-received-" + cni.name());
        waitFor(() -> robot.lookup("#of-document-issuedOn").tryQuery().isPresent());
        robot.clickOn("#form-submit");
        waitFor(() -> real.repo.load(bernard.orderId()).orElseThrow().document(cni).orElseThrow().status()
                == DocumentStatus.RECU);
        waitFor(() -> !window.viewModel().orderFile().busyProperty().get());
        double before = row.localToScene(0, 0).getY();
        robot.clickOn("#doc-validate-" + cni.name());
        waitFor(() -> real.repo.load(bernard.orderId()).orElseThrow().document(cni).orElseThrow().status()
                == DocumentStatus.VALIDE);
        waitFor(() -> !window.viewModel().orderFile().busyProperty().get()
                && window.viewModel().orderFile().documents().stream()
                .anyMatch(d -> d.type() == cni && d.status() == DocumentStatus.VALIDE));
        // the same row, at the same height: the next click lands on the document aimed at
        assertThat((Object) robot.lookup("#doc-" + cni.name()).query()).isSameAs(row);
        assertThat(row.localToScene(0, 0).getY()).isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));
        shot("43-fiche-document-valide");
        assertThat(dialogs.errors).isEmpty();
    }

    private CheckBox focusedLine() {
        return robot.lookup(".checklist-line").queryAllAs(CheckBox.class).stream().filter(Node::isFocused)
                .findFirst().orElse(null);
    }

    private void openOrder(OrderFile f) throws Exception {
        robot.interact(() -> window.viewModel().openOrder(f.orderId()));
        waitFor(() -> window.viewModel().orderFile().fileProperty().get() != null
                && window.viewModel().orderFile().fileProperty().get().orderId().equals(f.orderId())
                && !window.viewModel().orderFile().activities().isEmpty()
                && !window.viewModel().orderFile().busyProperty().get());
    }

    private void shot(String name) throws Exception {
        FxSteps.shot(window.scene().getRoot(), name);
    }
}
