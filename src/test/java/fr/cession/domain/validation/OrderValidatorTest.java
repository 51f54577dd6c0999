package fr.cession.domain.validation;

import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.rules.TestOrders;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OrderValidatorTest {

    private final OrderValidator validator = new OrderValidator();

    @Test
    void a_complete_order_passes() {
        assertThat(validator.validate(TestOrders.order(PaymentMethod.VIR))).isEmpty();
        assertThat(validator.validate(TestOrders.order(PaymentMethod.CRD))).isEmpty();
        assertThat(validator.validate(TestOrders.order(PaymentMethod.VIR, TestOrders.company(), HandoverMode.CESSION)))
                .isEmpty();
    }

    @Test
    void every_wrong_field_is_reported_with_its_path() {
        Customer c = new Customer(CustomerKind.SOCIETE, "Paul", " ", "", "123", null, null, null,
                CgHolding.COTITULAIRE, null, null);
        Vehicle v = new Vehicle("ABC", "AB-123-SS", "Renault", "", LocalDate.of(2019, 1, 1), null, null, -1,
                new BigDecimal("-1"), false, null);
        Order o = TestOrders.withVehicle(TestOrders.order(PaymentMethod.CRD, c, HandoverMode.CESSION), v);
        assertThat(validator.validate(o)).extracting(FieldError::field).contains(
                "customer.companyName", "customer.companySiren", "customer.lastName", "customer.phone",
                "customer.coHolderName", "vehicle.vin", "vehicle.plate", "vehicle.model", "vehicle.mileageKm",
                "vehicle.price", "financing.financedAmount");
    }

    @Test
    void credit_needs_the_financed_amount_and_the_lender() {
        Order o = TestOrders.order(PaymentMethod.VIR);
        Order crd = new Order(o.id(), null, o.status(), o.reservedOn(), o.reservationFee(), o.advisor(),
                o.owningSite(), o.customer(), o.vehicle(), o.handoverMode(), null, PaymentMethod.CRD, null, null,
                null, null, o.meta());
        assertThat(validator.validate(crd)).extracting(FieldError::message).containsExactly(
                "Montant financé : obligatoire pour un crédit", "Organisme de crédit : obligatoire pour un crédit");
    }

    @Test
    void normalise_what_users_type() {
        Order o = TestOrders.order(PaymentMethod.VIR);
        Vehicle v = o.vehicle();
        Order typed = TestOrders.withVehicle(o, new Vehicle(" vf1rfb00x12345678", "ab 123 cd", v.make(), v.model(),
                v.firstRegistration(), v.lastCt(), v.lastService(), v.mileageKm(), v.price(), v.imported(),
                v.partnerSeller()));
        Order n = validator.normalize(typed);
        assertThat(n.vehicle().plate()).isEqualTo("AB-123-CD");
        assertThat(n.vehicle().vin()).isEqualTo("VF1RFB00X12345678");
        assertThat(n.customer().phone()).isEqualTo("+33612345678");
    }
}
