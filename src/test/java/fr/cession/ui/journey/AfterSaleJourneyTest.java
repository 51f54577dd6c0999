package fr.cession.ui.journey;

import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.aftersale.AfterSaleStatus;
import fr.cession.domain.aftersale.DisputeDecision;
import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.fakes.TestUi;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the hand-over through the screens (001:35-50): the advisor records the buyer's complaint
 * with Ctrl+Maj+K (an empty request is refused in French next to its field), refuses it with a
 * reason, raises the dispute; the manager finds it in « À valider » with its context and decides a
 * repair, which becomes the order's activity.
 */
class AfterSaleJourneyTest {

    private static final Actor MANAGER = new Actor("mlefevre", "Marc Lefèvre", Role.MANAGER, "LYON");
    private Desk desk;

    @AfterEach
    void close() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    private List<AfterSaleCase> cases(UUID order) {
        return desk.real.repo.load(order).orElseThrow().afterSale();
    }

    @Test
    void aComplaintRefusedThenDisputedIsDecidedByTheManagerFromTheInbox() throws Exception {
        desk = new Desk(19);
        OrderFile created = desk.real.order("Lemoine", "EE-333-FF", "VF1CCCCCC33333333", 12, TestUi.ACTOR);
        // handed over yesterday: the order is sold (004:50), the buyer has the car
        OrderFile sold = desk.real.repo.save(created, created.withOrder(created.order()
                .withHandoverAt(LocalDateTime.of(2026, 3, 9, 10, 0)).withStatus(OrderStatus.VENDUE)
                .withVehicleReceivedOn(LocalDate.of(2026, 3, 9))), TestUi.ACTOR, TestUi.CLOCK.instant());
        UUID order = sold.orderId();
        desk.openAs(TestUi.ACTOR);
        OrderFilePage file = BoardPage.open(desk).openOrder(sold.order().number());
        file.ready();
        assertThat(desk.present("#order-aftersale")).isTrue();

        desk.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        Desk.waitFor(() -> desk.present("#of-complaint-request"));
        desk.press("#form-submit");
        Desk.waitFor(() -> desk.text("#of-error-complaint-request").contains("obligatoire"));
        assertThat(desk.text("#of-error-complaint-request")).startsWith("Ce que demande l'acheteur");
        assertThat(cases(order)).as("nothing sent while a field is refused").isEmpty();
        desk.type("#of-complaint-request", "Rayure sur la portière avant droite");
        desk.press("#form-submit");
        Desk.waitFor(() -> cases(order).size() == 1 && desk.present("#aftersale-refuse"));
        desk.shot("01-reclamation");

        desk.press("#aftersale-refuse");
        Desk.waitFor(() -> desk.present("#of-complaint-reason"));
        desk.type("#of-complaint-reason", "Rayure notée au bon de remise signé par l'acheteur");
        desk.press("#form-submit");
        Desk.waitFor(() -> cases(order).get(0).status() == AfterSaleStatus.REFUSEE && desk.present("#aftersale-dispute"));

        desk.press("#aftersale-dispute");
        Desk.waitFor(() -> desk.present("#of-dispute-detail"));
        desk.type("#of-dispute-detail", "L'acheteur conteste le bon de remise");
        desk.press("#form-submit");
        Desk.waitFor(() -> cases(order).get(0).status() == AfterSaleStatus.LITIGE);
        desk.shot("02-litige");
        desk.noErrors();

        desk.openAs(MANAGER);
        desk.robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        ListView<ApprovalItem> list = inbox();
        Desk.waitFor(() -> list.getItems().stream().anyMatch(i -> i.request().kind() == ApprovalKind.LITIGE));
        desk.robot.interact(() -> list.getItems().stream().filter(i -> i.request().kind() == ApprovalKind.LITIGE)
                .findFirst().ifPresent(i -> list.getSelectionModel().select(i)));
        // the manager reads what the buyer asked and why it was refused before deciding
        Desk.waitFor(() -> desk.robot.lookup(".label").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("Refusée par le commercial : Rayure notée")));
        desk.shot("03-a-valider");

        desk.dialogs.answer(DisputeDecision.REPARATION, "Reprise de la peinture de la portière");
        desk.press("#inbox-approve");
        Desk.waitFor(() -> cases(order).get(0).status() == AfterSaleStatus.TRANCHEE);
        desk.noErrors();
        AfterSaleCase decided = cases(order).get(0);
        assertThat(decided.decision()).isEqualTo(DisputeDecision.REPARATION);
        assertThat(desk.real.repo.load(order).orElseThrow().activities())
                .filteredOn(a -> a.id().equals(decided.workActivityId())).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Réparation (litige) : Reprise de la peinture de la portière"));
        Desk.waitFor(() -> desk.text("#inbox-notice").startsWith("Litige tranché : Réparation"));
    }

    @SuppressWarnings("unchecked")
    private ListView<ApprovalItem> inbox() throws Exception {
        Desk.waitFor(() -> desk.present("#inbox-list"));
        return desk.robot.lookup("#inbox-list").queryAs(ListView.class);
    }
}
