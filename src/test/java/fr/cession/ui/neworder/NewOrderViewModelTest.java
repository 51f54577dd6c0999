package fr.cession.ui.neworder;

import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.OrderStatus;
import fr.cession.ui.fakes.TestUi;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NewOrderViewModelTest {

    private final TestUi ui = new TestUi();
    private UUID created;
    private final NewOrderViewModel vm = new NewOrderViewModel(ui.context(), id -> created = id);

    @Test
    void aNewFormShowsNoErrorUntilTyped() {
        assertThat(vm.errorProperty(OrderField.LAST_NAME).get()).isNull();
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void checksEachFieldAsTheUserTypes() {
        vm.valueProperty(OrderField.VIN).set("VF1ABC");
        assertThat(vm.errorProperty(OrderField.VIN).get()).isEqualTo("VIN : 17 caractères, sans I, O ni Q.");
        vm.valueProperty(OrderField.VIN).set("VF1RFB00X12345678");
        assertThat(vm.errorProperty(OrderField.VIN).get()).isNull();
        vm.valueProperty(OrderField.EMAIL).set("jean@");
        assertThat(vm.errorProperty(OrderField.EMAIL).get()).isEqualTo("E-mail : adresse invalide.");
        vm.valueProperty(OrderField.PLATE).set("AB123");
        assertThat(vm.errorProperty(OrderField.PLATE).get()).contains("AA-123-AA");
        vm.valueProperty(OrderField.PRICE).set("-5");
        assertThat(vm.errorProperty(OrderField.PRICE).get()).isEqualTo("Prix de vente : le montant doit être positif.");
    }

    @Test
    void aCompanyNeedsItsNameAndSirenButNoFirstName() {
        vm.customerKindProperty().set(CustomerKind.SOCIETE);
        vm.valueProperty(OrderField.SIREN).set("12345");
        assertThat(vm.errorProperty(OrderField.SIREN).get()).isEqualTo("SIREN : 9 chiffres attendus.");
        vm.create();
        assertThat(ui.dialogs.errorMessages()).singleElement().asString()
                .contains("Raison sociale : champ obligatoire.")
                .doesNotContain("Prénom");
        assertThat(created).isNull();
    }

    @Test
    void createsTheOrderWhenEverythingIsValid() {
        vm.valueProperty(OrderField.FIRST_NAME).set("Jean");
        vm.valueProperty(OrderField.LAST_NAME).set("Martin");
        vm.valueProperty(OrderField.EMAIL).set("jean.martin@example.fr");
        vm.valueProperty(OrderField.PHONE).set("06 12 34 56 78");
        vm.valueProperty(OrderField.VIN).set("vf1rfb00x12345678");
        vm.valueProperty(OrderField.PLATE).set("ab-123-cd");
        vm.valueProperty(OrderField.MAKE).set("Renault");
        vm.valueProperty(OrderField.MODEL).set("Clio");
        vm.valueProperty(OrderField.PRICE).set("12 990");
        assertThat(vm.validProperty().get()).isTrue();
        vm.create();
        assertThat(created).isNotNull();
        var order = ui.store.load(created).orElseThrow().order();
        assertThat(order.status()).isEqualTo(OrderStatus.RESERVEE);
        assertThat(order.vehicle().vin()).isEqualTo("VF1RFB00X12345678");
        assertThat(order.vehicle().plate()).isEqualTo("AB-123-CD");
        assertThat(order.advisor()).isEqualTo("cdupont");
    }
}
