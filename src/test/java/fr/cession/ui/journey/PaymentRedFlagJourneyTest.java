package fr.cession.ui.journey;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.ui.fakes.TestUi;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment form records what the red flags of 003:9 read: the payer's name and the way of paying.
 * A balance paid by someone else than the buyer raises « payeur différent », which brings a distant,
 * wholly remote order to the review threshold: its board card gets the red-flag badge with the reason in
 * its tooltip. Cash above the legal limit (D112-3, reglages.plafond_especes_euros) is refused with its reason.
 * A call recorded in a contact report then makes the sale no longer wholly remote: the badge goes.
 */
class PaymentRedFlagJourneyTest {

    private Desk desk;

    @AfterEach
    void stop() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void a_payer_other_than_the_buyer_puts_a_red_flag_on_the_card_and_cash_above_the_limit_is_refused() throws Exception {
        desk = new Desk(23).withRedFlags();
        // 003:9 « votre concession est à London… un client vous contacte de Vancouver »: Marseille for a Lyon site,
        // delivered, nobody called: 20 + 15, under the threshold of 60 until someone else pays
        Order draft = desk.real.draft("Moreau", "GH-234-JK", "VF1RFB00112345678", 1, PaymentMethod.VIR);
        Customer c = draft.customer();
        Customer far = new Customer(c.kind(), c.firstName(), c.lastName(), c.companyName(), c.companySiren(), c.email(),
                c.phone(), "8 boulevard de la Plage, 13008 Marseille", c.cgHolding(), c.coHolderName(), c.collectorName());
        OrderFile order = desk.real.workflow.create(new Order(draft.id(), null, draft.status(), draft.reservedOn(),
                draft.reservationFee(), draft.advisor(), draft.owningSite(), far, draft.vehicle(), HandoverMode.LIVRAISON,
                null, draft.paymentMethod(), draft.financing(), null, null, null, draft.meta()), TestUi.ACTOR);
        String number = order.order().number();
        desk.openAs(TestUi.ACTOR);
        BoardPage board = BoardPage.open(desk);
        OrderFilePage page = board.openOrder(number);
        assertThat(badge(number)).as("35 points: under the threshold").isEmpty();

        // D112-3: 1 500 € in cash on one purchase is refused, with the limit named, and nothing is recorded
        String refusal = page.payRefused(PaymentMethod.ESP, "1 500,00");
        assertThat(refusal.replace('\u202F', ' ').replace('\u00A0', ' ')).isEqualTo("Espèces : 1 500,00 € en espèces "
                + "sur la commande, au-delà du plafond légal de 1 000,00 € (Code monétaire et financier, D112-3) — payez "
                + "le reste par virement ou chèque de banque (D112-3)");
        assertThat(page.stored().payments()).isEmpty();

        page.pay(PaymentMethod.VIR, "500,00", "Kevin Martin");
        Payment paid = page.stored().payments().get(0);
        assertThat(paid.payerName()).isEqualTo("Kevin Martin");
        assertThat(paid.method()).isEqualTo(PaymentMethod.VIR);

        BoardPage.open(desk);
        Desk.waitFor(() -> badge(number).isPresent());
        Label flag = badge(number).orElseThrow();
        assertThat(flag.getText()).isEqualTo("Fraude 60");
        assertThat(flag.getTooltip().getText())
                .startsWith("Signaux de fraude (score 60, seuil 60) : revue du manager avant la remise des clés.")
                .contains("• Payeur « Kevin Martin » différent de l'acheteur « Jean Moreau » (frais de réservation)")
                .contains("• Vente entièrement à distance : livraison, aucune visite ni aucun appel noté");
        desk.robot.moveTo(flag);
        Desk.waitFor(() -> flag.getTooltip().isShowing());
        desk.shot("carte-payeur-different");

        // 003:9 « s'ils insistent beaucoup pour que toute la transaction se déroule en ligne »: the advisor called
        // the buyer, the sale is no longer wholly remote, the score falls under the threshold
        board.openOrder(number).reportCall("Appel à l'acheteur : il confirme la livraison à Marseille.");
        assertThat(desk.real.flaggedBoard.redFlags()).doesNotContainKey(order.orderId());
        BoardPage.open(desk);
        Desk.waitFor(() -> cardShown(number) && badge(number).isEmpty());
        desk.noErrors();
    }

    /** The red-flag badge on the card of this order, when one shows. */
    private Optional<Label> badge(String number) {
        return desk.robot.lookup(".card").queryAll().stream()
                .filter(card -> card.lookup(".order-number") instanceof Hyperlink h && number.equals(h.getText()))
                .map(card -> card.lookup(".card-red-flag"))
                .filter(n -> n instanceof Label && shown(n))
                .map(Label.class::cast).findFirst();
    }

    private boolean cardShown(String number) {
        return desk.robot.lookup(".order-number").queryAll().stream()
                .anyMatch(n -> n instanceof Hyperlink h && number.equals(h.getText()) && Desk.showing(h));
    }

    private static boolean shown(Node n) {
        return Desk.showing(n);
    }
}
