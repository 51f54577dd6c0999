package fr.cession.ui.board;

import fr.cession.domain.board.RedFlaggedBoard;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.risk.FraudAssessment;
import fr.cession.domain.risk.FraudFlag;
import fr.cession.domain.risk.FraudSignal;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 003:9 "Si vos sonnettes d'alarme sonnent…": the card of an order whose red flags reach the
 * review threshold carries a red-flag badge, its score and reasons in the tooltip; the card of a
 * quiet order has none.
 */
class RedFlagCardTest {

    private final TestUi ui = new TestUi();
    private final FxRobot robot = new FxRobot();
    private FxTaskExecutor executor;
    private DesktopWindow window;
    private OrderFile flagged;
    private OrderFile quiet;

    @BeforeEach
    void start() throws Exception {
        flagged = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1);
        quiet = ui.order("Bernard", "EF-456-GH", "VF1BBBBBB22222222", 2);
        FraudAssessment risky = new FraudAssessment(List.of(
                new FraudFlag(FraudSignal.ACHETEUR_ELOIGNE, 20, "Acheteur éloigné : adresse dans le 13, site LYON (69)"),
                new FraudFlag(FraudSignal.PAYEUR_DIFFERENT, 25,
                        "Payeur « Kevin Martin » différent de l'acheteur « Jean Martin » (solde)"),
                new FraudFlag(FraudSignal.ADRESSE_MODIFIEE_APRES_FONDS, 30,
                        "Adresse modifiée après la réception des fonds (le 09/03/2026 à 16h00)")), 60);
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, ui.store, new RedFlaggedBoard(ui.store, () -> Map.of(flagged.orderId(), risky)),
                ui.workflow, SyncStatus.localOnly(), DemoDataOffer.NONE, Locale.FRANCE);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            window = new DesktopWindow(deps, s, executor, m -> ui.dialogs);
            window.show();
            s.setX(0);
            s.setY(0);
            s.setWidth(Math.min(1366, javafx.stage.Screen.getPrimary().getBounds().getWidth()));
            s.setHeight(768);
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.TABLEAU);
        waitFor(() -> window.viewModel().board().shownProperty().get() == 2);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
    }

    @Test
    void the_flagged_orders_card_has_a_badge_whose_tooltip_gives_the_score_and_every_reason() throws Exception {
        waitFor(() -> badgeOf(flagged).isPresent());
        Label badge = badgeOf(flagged).orElseThrow();
        assertThat(badge.getText()).isEqualTo("Fraude 75");
        String tip = badge.getTooltip().getText();
        assertThat(tip).startsWith("Signaux de fraude (score 75, seuil 60) : revue du manager avant la remise des clés.")
                .contains("• Acheteur éloigné : adresse dans le 13, site LYON (69)")
                .contains("• Payeur « Kevin Martin » différent de l'acheteur « Jean Martin » (solde)")
                .contains("• Adresse modifiée après la réception des fonds (le 09/03/2026 à 16h00)");
        assertThat(badgeOf(quiet)).as("a quiet order's card").isEmpty();

        // the person sees it by pointing at the badge
        robot.moveTo(badge);
        waitFor(() -> badge.getTooltip().isShowing());
        FxSteps.shot(window.scene().getRoot(), "50-tableau-signaux-fraude");
    }

    /** The badge shown on the card whose number is the order's. */
    private Optional<Label> badgeOf(OrderFile file) {
        return robot.lookup(".card").queryAll().stream()
                .filter(card -> card.lookup(".order-number") instanceof Hyperlink h
                        && file.order().number().equals(h.getText()))
                .map(card -> card.lookup(".card-red-flag"))
                .filter(n -> n instanceof Label && isShown(n))
                .map(Label.class::cast).findFirst();
    }

    private static boolean isShown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
