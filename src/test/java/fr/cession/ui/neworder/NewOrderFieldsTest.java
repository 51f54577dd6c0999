package fr.cession.ui.neworder;

import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.FinancingCover;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.validation.Field;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's new fields, which of them apply to the choices made, and their labels as their messages say them. */
class NewOrderFieldsTest {

    private final TestUi ui = new TestUi();
    private UUID created;
    private final NewOrderViewModel vm = new NewOrderViewModel(ui.context(), id -> created = id);

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

    private Order createdOrder() {
        return ui.store.load(created).orElseThrow().order();
    }

    @Test
    void theReservationDateIsTodayUnlessTyped() {
        assertThat(vm.valueProperty(OrderField.RESERVED_ON).get()).isEqualTo("10/03/2026");
        assertThat(vm.valueProperty(OrderField.HANDOVER_TIME).get()).isEqualTo("10:00");
        fill(vm);
        vm.valueProperty(OrderField.RESERVED_ON).set("09/03/2026");
        vm.create();
        assertThat(createdOrder().reservedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void everyNewFieldReachesTheOrder() {
        fill(vm);
        vm.valueProperty(OrderField.FIRST_REGISTRATION).set("01/03/2020");
        vm.valueProperty(OrderField.LAST_CT).set("2025-02-15");
        vm.valueProperty(OrderField.LAST_SERVICE).set("5/9/2025");
        vm.valueProperty(OrderField.MILEAGE).set("62 000 km");
        vm.importedProperty().set(true);
        vm.cgHoldingProperty().set(CgHolding.COTITULAIRE);
        vm.valueProperty(OrderField.CO_HOLDER).set("Anne Martin");
        vm.paymentMethodProperty().set(PaymentMethod.CRD);
        vm.lenderProperty().set(Lender.COFIDIS);
        vm.valueProperty(OrderField.DOWN_PAYMENT).set("2 990");
        vm.valueProperty(OrderField.FINANCED_AMOUNT).set("10 000");
        vm.coverProperty(FinancingCover.CG).set(true);
        vm.valueProperty(OrderField.HANDOVER_DATE).set("21/03/2026");
        vm.valueProperty(OrderField.HANDOVER_TIME).set("14h30");
        assertThat(vm.validProperty().get()).as(String.valueOf(vm.generalErrorProperty().get())).isTrue();
        vm.create();
        Order o = createdOrder();
        assertThat(o.vehicle().firstRegistration()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(o.vehicle().lastCt()).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(o.vehicle().lastService()).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(o.vehicle().mileageKm()).isEqualTo(62000);
        assertThat(o.vehicle().imported()).isTrue();
        assertThat(o.customer().cgHolding()).isEqualTo(CgHolding.COTITULAIRE);
        assertThat(o.customer().coHolderName()).isEqualTo("Anne Martin");
        assertThat(o.financing().lender()).isEqualTo(Lender.COFIDIS);
        assertThat(o.financing().downPayment()).isEqualByComparingTo(new BigDecimal("2990"));
        assertThat(o.financing().financedAmount()).isEqualByComparingTo(new BigDecimal("10000"));
        assertThat(o.financing().covers()).containsExactly(FinancingCover.CG);
        assertThat(o.handoverAt()).isEqualTo(LocalDateTime.of(2026, 3, 21, 14, 30));
    }

    @Test
    void companyFieldsOnlyForACompanyBuyer() {
        for (OrderField f : new OrderField[] {OrderField.COMPANY_NAME, OrderField.SIREN, OrderField.COLLECTOR}) {
            assertThat(vm.shownProperty(f).get()).as(f.name()).isFalse();
        }
        assertThat(vm.companyProperty().get()).isFalse();
        vm.customerKindProperty().set(CustomerKind.SOCIETE);
        for (OrderField f : new OrderField[] {OrderField.COMPANY_NAME, OrderField.SIREN, OrderField.COLLECTOR}) {
            assertThat(vm.shownProperty(f).get()).as(f.name()).isTrue();
        }
        assertThat(vm.label(OrderField.LAST_NAME)).isEqualTo("Nom du gérant");
        vm.valueProperty(OrderField.COMPANY_NAME).set("Garage Martin");
        vm.valueProperty(OrderField.SIREN).set("732 829 320");
        vm.valueProperty(OrderField.COLLECTOR).set("Paul Martin");
        fill(vm);
        vm.create();
        assertThat(createdOrder().customer().collectorName()).isEqualTo("Paul Martin");
        assertThat(createdOrder().customer().cgHolding()).isEqualTo(CgHolding.SOCIETE);
    }

    @Test
    void aPrivateBuyerNeverSavesCompanyFields() {
        vm.customerKindProperty().set(CustomerKind.SOCIETE);
        vm.valueProperty(OrderField.SIREN).set("123");
        vm.customerKindProperty().set(CustomerKind.PARTICULIER);
        fill(vm);
        assertThat(vm.errorProperty(OrderField.SIREN).get()).isNull();
        vm.create();
        assertThat(createdOrder().customer().companySiren()).isNull();
    }

    @Test
    void creditFieldsOnlyForACredit() {
        assertThat(vm.creditProperty().get()).isFalse();
        assertThat(vm.shownProperty(OrderField.DOWN_PAYMENT).get()).isFalse();
        assertThat(vm.shownProperty(OrderField.FINANCED_AMOUNT).get()).isFalse();
        vm.paymentMethodProperty().set(PaymentMethod.CRD);
        assertThat(vm.creditProperty().get()).isTrue();
        assertThat(vm.shownProperty(OrderField.DOWN_PAYMENT).get()).isTrue();
        assertThat(vm.shownProperty(OrderField.FINANCED_AMOUNT).get()).isTrue();
    }

    @Test
    void theCoHolderOnlyWhenTheCgHasOne() {
        // 004:11 "CG : Titulaire / Cotitulaire / Société"
        assertThat(vm.shownProperty(OrderField.CO_HOLDER).get()).isFalse();
        vm.cgHoldingProperty().set(CgHolding.COTITULAIRE);
        assertThat(vm.shownProperty(OrderField.CO_HOLDER).get()).isTrue();
        fill(vm);
        vm.create();
        assertThat(vm.errorProperty(OrderField.CO_HOLDER).get()).isEqualTo("Cotitulaire de la CG : obligatoire");
        assertThat(created).isNull();
    }

    @Test
    void unreadableDatesAreRefusedNamingTheField() {
        vm.valueProperty(OrderField.FIRST_REGISTRATION).set("32/13/2020");
        assertThat(vm.errorProperty(OrderField.FIRST_REGISTRATION).get())
                .isEqualTo("Date de 1re immatriculation : « 32/13/2020 » — date invalide (jj/mm/aaaa, ex. 05/03/2020)");
        vm.valueProperty(OrderField.FIRST_REGISTRATION).set("01/03/2020");
        assertThat(vm.errorProperty(OrderField.FIRST_REGISTRATION).get()).isNull();
        vm.valueProperty(OrderField.LAST_CT).set("demain");
        assertThat(vm.errorProperty(OrderField.LAST_CT).get()).startsWith("Date du dernier CT : « demain »");
        vm.valueProperty(OrderField.LAST_CT).set("01/01/2019");
        assertThat(vm.errorProperty(OrderField.LAST_CT).get()).contains("précède la 1re immatriculation");
        vm.valueProperty(OrderField.MILEAGE).set("beaucoup");
        assertThat(vm.errorProperty(OrderField.MILEAGE).get()).startsWith("Kilométrage : « beaucoup »");
        vm.valueProperty(OrderField.HANDOVER_TIME).set("25:00");
        assertThat(vm.errorProperty(OrderField.HANDOVER_TIME).get()).startsWith("Heure de cession : « 25:00 »");
    }

    /** A third decimal is refused as typed, not rounded into the saved price. */
    @Test
    void anAmountWithMoreThanCentsIsRefusedNotRounded() {
        vm.create();
        vm.valueProperty(OrderField.PRICE).set("15 000,555");
        assertThat(vm.errorProperty(OrderField.PRICE).get()).startsWith(vm.label(OrderField.PRICE) + " :")
                .contains("deux décimales");
        vm.valueProperty(OrderField.PRICE).set("15 000,55");
        assertThat(vm.errorProperty(OrderField.PRICE).get()).isNullOrEmpty();
    }

    /** Each field's label is the field's name in its own messages: one bundle key for both. */
    @Test
    void eachLabelIsTheFieldNameOfItsMessages() {
        vm.customerKindProperty().set(CustomerKind.SOCIETE);
        vm.cgHoldingProperty().set(CgHolding.COTITULAIRE);
        vm.create();
        vm.valueProperty(OrderField.PLATE).set("AB123");
        vm.valueProperty(OrderField.VIN).set("VF1");
        vm.valueProperty(OrderField.PRICE).set("douze");
        vm.valueProperty(OrderField.SIREN).set("12");
        vm.valueProperty(OrderField.FIRST_REGISTRATION).set("x");
        vm.valueProperty(OrderField.LAST_SERVICE).set("x");
        vm.valueProperty(OrderField.RESERVATION_FEE).set("-1");
        for (OrderField f : new OrderField[] {OrderField.PLATE, OrderField.VIN, OrderField.PRICE, OrderField.SIREN,
                OrderField.FIRST_REGISTRATION, OrderField.LAST_SERVICE, OrderField.RESERVATION_FEE,
                OrderField.LAST_NAME, OrderField.COMPANY_NAME, OrderField.MAKE, OrderField.MODEL}) {
            assertThat(vm.errorProperty(f).get()).as(f.name()).startsWith(vm.label(f) + " :");
        }
        assertThat(vm.label(OrderField.PLATE)).isEqualTo("Immatriculation");
        assertThat(vm.label(OrderField.PLATE)).isEqualTo(ui.context().messages().label(Field.PLATE));
    }

    @Test
    void inEnglishTheFormAndItsMessagesSpeakEnglish() {
        NewOrderViewModel en = new NewOrderViewModel(ui.context(Locale.UK, new DirectTaskExecutor()), id -> { });
        en.valueProperty(OrderField.PLATE).set("AB123");
        assertThat(en.label(OrderField.PLATE)).isEqualTo("Registration plate");
        assertThat(en.errorProperty(OrderField.PLATE).get())
                .isEqualTo("Registration plate: \"AB123\" — expected format AA-123-AA");
        en.valueProperty(OrderField.FIRST_REGISTRATION).set("32/13/2020");
        assertThat(en.errorProperty(OrderField.FIRST_REGISTRATION).get()).startsWith("First registration date: ");
        en.valueProperty(OrderField.PLATE).set("WW-123-AB");
        assertThat(en.warningProperty(OrderField.PLATE).get()).contains("temporary registration");
    }
}
