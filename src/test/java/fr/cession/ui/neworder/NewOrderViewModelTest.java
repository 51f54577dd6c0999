package fr.cession.ui.neworder;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.UiContext;
import fr.cession.ui.task.DirectTaskExecutor;
import fr.cession.domain.playbook.RuleSettings;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's checks are the domain validators' (fr.cession.domain.validation). */
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
    void checksEachFieldAsTheUserTypesWithTheDomainMessages() {
        vm.valueProperty(OrderField.VIN).set("VF1ABC");
        assertThat(vm.errorProperty(OrderField.VIN).get()).startsWith("VIN :").contains("17 caractères attendus");
        vm.valueProperty(OrderField.VIN).set("VF1RFB00X12345678");
        assertThat(vm.errorProperty(OrderField.VIN).get()).isNull();
        vm.valueProperty(OrderField.EMAIL).set("jean@");
        assertThat(vm.errorProperty(OrderField.EMAIL).get()).startsWith("E-mail");
        vm.valueProperty(OrderField.PLATE).set("AB123");
        assertThat(vm.errorProperty(OrderField.PLATE).get()).contains("AA-123-AA");
        vm.valueProperty(OrderField.PLATE).set("AO-123-CD");
        assertThat(vm.errorProperty(OrderField.PLATE).get()).contains("I, O et U");
        vm.valueProperty(OrderField.PRICE).set("-5");
        assertThat(vm.errorProperty(OrderField.PRICE).get()).contains("ne peut pas être négatif");
        vm.valueProperty(OrderField.PRICE).set("douze");
        assertThat(vm.errorProperty(OrderField.PRICE).get()).contains("ce n'est pas un montant");
    }

    @Test
    void warningsAreShownApartAndNeverBlock() {
        fillValid();
        vm.valueProperty(OrderField.PLATE).set("WW-123-AB");
        assertThat(vm.errorProperty(OrderField.PLATE).get()).isNull();
        assertThat(vm.warningProperty(OrderField.PLATE).get()).contains("provisoire (WW)");
        vm.valueProperty(OrderField.VIN).set("VF1RFB00112345678");
        assertThat(vm.warningProperty(OrderField.VIN).get()).contains("chiffre de contrôle");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void aCompanyNeedsItsNameAndSiren() {
        vm.customerKindProperty().set(CustomerKind.SOCIETE);
        vm.valueProperty(OrderField.SIREN).set("12345");
        assertThat(vm.errorProperty(OrderField.SIREN).get()).startsWith("SIREN");
        vm.create();
        assertThat(ui.dialogs.errorMessages()).singleElement().asString()
                .contains("Raison sociale : obligatoire");
        assertThat(created).isNull();
    }

    @Test
    void aCreditNeedsItsAmountAndLender() {
        // 004:8 "Si financement mettre les montant apport/financement dans la fiche pipe"
        fillValid();
        vm.paymentMethodProperty().set(PaymentMethod.CRD);
        assertThat(vm.applies(OrderField.FINANCED_AMOUNT)).isTrue();
        assertThat(vm.validProperty().get()).isFalse();
        vm.create();
        assertThat(vm.errorProperty(OrderField.FINANCED_AMOUNT).get()).contains("obligatoire pour un crédit");
        assertThat(vm.generalErrorProperty().get()).contains("Organisme de crédit");
    }

    @Test
    void createsTheOrderWhenEverythingIsValid() {
        fillValid();
        assertThat(vm.validProperty().get()).isTrue();
        vm.create();
        assertThat(created).isNotNull();
        var order = ui.store.load(created).orElseThrow().order();
        assertThat(order.status()).isEqualTo(OrderStatus.RESERVEE);
        assertThat(order.vehicle().plate()).isEqualTo("AB-123-CD");
        assertThat(order.advisor()).isEqualTo("cdupont");
    }

    @Test
    void theWorkflowRefusalComesBackToItsField() {
        UiContext base = ui.context();
        var refusing = (fr.cession.ui.OrderActions) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {fr.cession.ui.OrderActions.class}, (p, method, args) -> {
                    throw new ValidationException(List.of(new FieldError("vehicle.vin", "VIN : déjà vendu"),
                            new FieldError("status", "Nouvelle commande : doit partir du statut réservée")));
                });
        UiContext ctx = new UiContext(base.actor(), base.clock(), base.zone(), RuleSettings.SEED_004,
                new Messages(Locale.FRANCE), new Formats(TestUi.PARIS), new DirectTaskExecutor(), ui.dialogs,
                ui.store, ui.store, refusing);
        NewOrderViewModel form = new NewOrderViewModel(ctx, id -> created = id);
        fill(form);
        form.create();
        assertThat(form.errorProperty(OrderField.VIN).get()).isEqualTo("VIN : déjà vendu");
        assertThat(form.generalErrorProperty().get()).contains("statut réservée");
        assertThat(ui.dialogs.errorMessages()).singleElement().asString().contains("VIN : déjà vendu");
        assertThat(created).isNull();
    }

    private void fillValid() {
        fill(vm);
    }

    private static void fill(NewOrderViewModel form) {
        form.valueProperty(OrderField.FIRST_NAME).set("Jean");
        form.valueProperty(OrderField.LAST_NAME).set("Martin");
        form.valueProperty(OrderField.EMAIL).set("jean.martin@example.fr");
        form.valueProperty(OrderField.PHONE).set("06 12 34 56 78");
        form.valueProperty(OrderField.VIN).set("vf1rfb00x12345678");
        form.valueProperty(OrderField.PLATE).set("ab-123-cd");
        form.valueProperty(OrderField.MAKE).set("Renault");
        form.valueProperty(OrderField.MODEL).set("Clio");
        form.valueProperty(OrderField.PRICE).set("12 990");
    }
}
