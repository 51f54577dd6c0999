package fr.cession.ui.journey;

import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.ui.fakes.TestUi;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000 and 004:13 through the screens: « Comptes clients » (Ctrl+8) creates a company's account
 * and the person it authorises to collect; the new-order form places an order for that account;
 * at the hand-over, someone off the company's list is refused in French naming them and the company,
 * and the listed person is recorded and shown on the order file.
 */
class CustomerAccountJourneyTest {

    private Desk desk;

    @AfterEach
    void close() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    /** The accounts window is a stage of its own: its fields are filled as typed text, whichever window has the keys. */
    private void fill(String query, String text) {
        var field = desk.robot.lookup(query).queryTextInputControl();
        desk.robot.interact(() -> field.setText(text));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCompanyAccountWithItsCollectorThenAnOrderHandedOverOnlyToTheListedPerson() throws Exception {
        desk = new Desk(31);
        desk.openAs(TestUi.ACTOR);

        desk.robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        Desk.waitFor(() -> desk.present("#customer-account-name"));
        fill("#customer-account-name", "Transports Girard SARL");
        fill("#customer-account-reference", "732829320");
        fill("#customer-account-contact", "compta@girard-transports.fr");
        desk.press("#customer-account-create");
        Desk.waitFor(() -> desk.present("#customer-account-member-name"));
        fill("#customer-account-member-name", "Marc Girard");
        desk.press("#customer-account-member-add");
        Desk.waitFor(() -> desk.text("#customer-accounts-error").contains("permis"));
        assertThat(desk.text("#customer-accounts-error"))
                .contains("N° de permis ou de pièce d'identité : obligatoire pour une personne qui récupère un véhicule");
        fill("#customer-account-member-id", "12AB34567");
        desk.press("#customer-account-member-add");
        TableView<?> members = desk.robot.lookup("#customer-account-members").queryAs(TableView.class);
        Desk.waitFor(() -> members.getItems().size() == 1);
        fr.cession.ui.fakes.FxSteps.shot(members.getScene().getRoot(), "journey-31-01-compte-societe");
        Stage accounts = (Stage) members.getScene().getWindow();
        desk.robot.interact(accounts::close);

        NewOrderPage form = NewOrderPage.open(desk);
        ComboBox<CustomerAccount> account = desk.robot.lookup("#form-account").queryAs(ComboBox.class);
        Desk.waitFor(() -> !account.getItems().isEmpty());
        form.choose("account", account.getItems().get(0));
        // the company's account makes the buyer that company (004:13 « Si pro »)
        assertThat(desk.robot.lookup("#form-COMPANY_NAME").queryTextInputControl().getText())
                .isEqualTo("Transports Girard SARL");
        form.type("FIRST_NAME", "Paul").type("LAST_NAME", "Girard").type("COLLECTOR", "Paul Girard")
                .type("EMAIL", "contact@girard-transports.fr").type("PHONE", "0472112233")
                .type("ADDRESS", "12 avenue Jean Jaurès, 69007 Lyon")
                .type("VIN", "VF3LCYHZPJS123456").type("PLATE", "FT-456-KL").type("MAKE", "Peugeot")
                .type("MODEL", "Partner").date("FIRST_REGISTRATION", "10/09/2023").type("MILEAGE", "38000")
                .type("PRICE", "19990");
        form.choose("payment", PaymentMethod.VIR).choose("handover", HandoverMode.CESSION);
        OrderFilePage order = form.create("Transports Girard");
        assertThat(order.stored().order().account().accountName()).isEqualTo("Transports Girard SARL");
        Desk.waitFor(() -> desk.present("#order-account"));
        assertThat(desk.text("#order-account-name")).startsWith("Compte « Transports Girard SARL » (Société)");
        assertThat(desk.text("#order-account-deposit")).startsWith("Acompte exigé : 15 % du prix, soit 2").contains("998,50");

        desk.press("#order-collector");
        Desk.waitFor(() -> desk.present("#of-collectorName")
                && desk.text("#form-collector-listed").contains("Marc Girard (12AB34567)"));
        desk.type("#of-collectorName", "Jean Inconnu");
        desk.press("#form-submit");
        Desk.waitFor(() -> desk.text("#of-error-form").contains("Remise refusée"));
        assertThat(desk.text("#of-error-form")).contains("« Jean Inconnu » n'est pas sur la liste des personnes "
                + "autorisées par la société « Transports Girard SARL »");
        assertThat(order.stored().order().account().collectorId()).isNull();
        desk.shot("02-remise-refusee");

        desk.type("#of-collectorName", "Marc Girard");
        desk.press("#form-submit");
        Desk.waitFor(() -> order.stored().order().account().collectorId() != null);
        OrderFile handed = order.stored();
        assertThat(handed.order().customer().collectorName()).isEqualTo("Marc Girard");
        Desk.waitFor(() -> desk.text("#order-account-collector").equals("Véhicule récupéré par : Marc Girard"));
        desk.shot("03-remise-enregistree");
        desk.noErrors();
    }
}
