package fr.cession.ui.journey;

import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.order.LedgerViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order's ledger on the order file (001: the money held on the escrow wallet until the sale
 * completes; 004:53 the lender's wallet; 004:54 P2P): each movement with its state and its
 * people, the totals due, held and released, reached from the keyboard with Ctrl+G.
 */
class LedgerJourneyTest {

    private static final Actor ADV = new Actor("aleroy", "Ali Leroy", Role.ADV, "LYON");

    private Desk desk;

    @AfterEach
    void stop() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void the_ledger_shows_each_movement_its_state_and_who_and_the_totals_and_ctrl_g_reaches_it() throws Exception {
        desk = new Desk(11);
        var order = desk.real.order("Moreau", "GH-234-JK", "VF1RFB00112345678", 1, TestUi.ACTOR);
        Instant morning = TestUi.CLOCK.instant().minusSeconds(3600);
        desk.real.workflow.recordPayment(order.orderId(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR,
                new BigDecimal("500"), null, morning, null, ADV);
        desk.real.workflow.recordPayment(order.orderId(), PaymentKind.SOLDE, PaymentMethod.VIR,
                new BigDecimal("18490"), morning, null, null, "Jean Moreau", TestUi.ACTOR);
        desk.openAs(TestUi.ACTOR);
        OrderFilePage page = BoardPage.open(desk).openOrder(order.order().number());

        desk.robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<LedgerViewModel.Row> table = desk.robot.lookup("#ledger-table").queryAs(TableView.class);
        Desk.waitFor(table::isFocused);
        Desk.waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        desk.robot.type(KeyCode.DOWN);
        Desk.waitFor(() -> table.getSelectionModel().getSelectedIndex() == 1);
        desk.shot("01-grand-livre");

        assertThat(table.getItems()).extracting(LedgerViewModel.Row::stateText)
                .containsExactly("Reçu sur le séquestre", "Annoncé");
        assertThat(table.getItems().get(0).movement()).isEqualTo("Frais de réservation · Virement");
        assertThat(table.getItems().get(0).people()).isEqualTo("saisi par aleroy · reçu par aleroy le 10/03/2026 09:00");
        assertThat(table.getItems().get(1).movement()).isEqualTo("Solde · Virement · payeur Jean Moreau");
        assertThat(table.getItems().get(1).people()).isEqualTo("saisi par cdupont");
        assertThat(total("#ledger-due")).isEqualTo("Reste dû : 18 490,00 €");
        assertThat(total("#ledger-announced")).isEqualTo("Annoncé : 18 490,00 €");
        assertThat(total("#ledger-held")).isEqualTo("Sur le séquestre : 500,00 €");
        assertThat(total("#ledger-released")).isEqualTo("Versé au vendeur : 0,00 €");
        assertThat(page.status().name()).isEqualTo("RESERVEE");
        desk.noErrors();
    }

    /** The total's text, its no-break spaces read as spaces. */
    private String total(String id) {
        return desk.robot.lookup(id).queryAs(Label.class).getText().replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
