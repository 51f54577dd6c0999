package fr.cession.ui.journey;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.today.TodayRow;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's day through the screens: the advisor cancels an order whose fee came in (the refund
 * is asked, 004:62-63) and plans a hand-over beyond 15 days (004:26); the manager opens « À valider »
 * with Ctrl+3, approves the refund, refuses the date with a reason; the advisor reads both answers
 * on « Ma journée », and the manager finds the refund to pay on theirs (004:71).
 */
class ManagerInboxJourneyTest {

    private static final Actor MANAGER = new Actor("mlefevre", "Marc Lefèvre", Role.MANAGER, "LYON");
    private Desk desk;

    @AfterEach
    void close() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void theManagerDecidesFromTheInboxAndTheAdvisorReadsTheAnswers() throws Exception {
        desk = new Desk(5);
        OrderFile refund = desk.real.order("Garnier", "AA-111-BB", "VF1AAAAAA11111111", 2, TestUi.ACTOR);
        desk.real.workflow.recordPayment(refund.orderId(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR,
                new BigDecimal("500"), null, TestUi.CLOCK.instant(), null, TestUi.ACTOR);
        OrderFile late = desk.real.order("Perrin", "CC-222-DD", "VF1BBBBBB22222222", 2, TestUi.ACTOR);
        desk.real.workflow.setHandoverDate(late.orderId(), LocalDateTime.of(2026, 3, 30, 10, 0), TestUi.ACTOR);
        String refundNumber = desk.real.repo.load(refund.orderId()).orElseThrow().order().number();
        desk.openAs(TestUi.ACTOR);
        OrderFilePage cancelling = BoardPage.open(desk).openOrder(refundNumber);
        cancelling.cancel(CancellationCase.FRAIS_RESERVATION_SEULS, "Le client renonce à l'achat");
        assertThat(cancelling.stored().order().status()).isEqualTo(OrderStatus.ANNULEE);

        desk.openAs(MANAGER);
        assertThat(desk.present("#nav-inbox")).as("the manager's inbox is in the navigation").isTrue();
        desk.robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        ListView<ApprovalItem> list = inbox();
        Desk.waitFor(() -> list.getItems().size() == 2);
        assertThat(desk.text("#inbox-count")).isEqualTo("2 demande(s) en attente");
        // what was asked, as a person reads it: the day, not the stored text
        Desk.waitFor(() -> desk.robot.lookup("#inbox-list .label").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().anyMatch(l -> "Cession prévue le 30/03/2026".equals(l.getText())));
        assertThat(list.getSelectionModel().getSelectedIndex()).as("the oldest request is selected").isZero();
        desk.shot("01-a-valider");

        select(list, ApprovalKind.REMBOURSEMENT);
        desk.press("#inbox-approve");
        Desk.waitFor(() -> list.getItems().size() == 1);
        assertThat(desk.text("#inbox-notice")).startsWith("Approuvée : Remboursement — commande " + refundNumber);

        desk.dialogs.answer("Le client peut venir le 20/03 : voir avec lui");
        select(list, ApprovalKind.DATE_CESSION_HORS_DELAI);
        desk.robot.interact(list::requestFocus);
        desk.robot.type(KeyCode.R);
        Desk.waitFor(() -> list.getItems().isEmpty());
        desk.shot("02-decide");
        desk.noErrors();
        assertThat(desk.real.repo.load(late.orderId()).orElseThrow().approvals()).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ApprovalStatus.REFUSEE));

        // 004:71 the refund to pay is the manager's own task on their day
        desk.press("#nav-today");
        ListView<TodayRow> managerDay = today();
        Desk.waitFor(() -> managerDay.getItems().stream().anyMatch(r -> r instanceof TodayRow.Item i
                && i.card().typeCode().equals("remboursement_a_payer")));
        desk.shot("03-journee-manager");

        desk.openAs(TestUi.ACTOR);
        ListView<TodayRow> day = today();
        Desk.waitFor(() -> day.getItems().stream().filter(TodayRow.Answer.class::isInstance).count() == 2);
        assertThat(day.getItems().get(0)).isEqualTo(new TodayRow.AnswersHeading(2));
        Desk.waitFor(() -> desk.robot.lookup(".today-answer").queryAll().size() == 2);
        assertThat(desk.robot.lookup(".today-answer").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText)
                .anySatisfy(t -> assertThat(t).contains("approuvée par mlefevre").contains(refundNumber))
                .anySatisfy(t -> assertThat(t).contains("refusée par mlefevre")
                        .endsWith("\nMotif : Le client peut venir le 20/03 : voir avec lui"));
        desk.shot("04-reponses");

        // Enter on an answer opens its order
        desk.robot.interact(() -> {
            day.requestFocus();
            day.getSelectionModel().select(1);
        });
        desk.robot.type(KeyCode.ENTER);
        UUID expected = ((TodayRow.Answer) day.getItems().get(1)).item().request().orderId();
        Desk.waitFor(() -> desk.window().viewModel().orderFile().fileProperty().get() != null
                && desk.window().viewModel().orderFile().fileProperty().get().orderId().equals(expected));
        assertThat(desk.real.repo.load(refund.orderId()).orElseThrow().activity("remboursement_a_payer"))
                .hasValueSatisfying(a -> assertThat(a.state()).isEqualTo(ActivityState.OUVERTE));
        desk.noErrors();
    }

    @SuppressWarnings("unchecked")
    private ListView<ApprovalItem> inbox() throws Exception {
        Desk.waitFor(() -> desk.present("#inbox-list"));
        return desk.robot.lookup("#inbox-list").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<TodayRow> today() throws Exception {
        Desk.waitFor(() -> desk.present("#today-list"));
        return desk.robot.lookup("#today-list").queryAs(ListView.class);
    }

    private void select(ListView<ApprovalItem> list, ApprovalKind kind) {
        desk.robot.interact(() -> list.getItems().stream().filter(i -> i.request().kind() == kind).findFirst()
                .ifPresent(i -> list.getSelectionModel().select(i)));
    }
}
