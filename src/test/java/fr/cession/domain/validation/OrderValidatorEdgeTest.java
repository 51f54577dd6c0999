package fr.cession.domain.validation;

import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.rules.TestOrders;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The order-level checks one at a time: each wrong field alone, and the value just inside the limit. */
class OrderValidatorEdgeTest {

    private final OrderValidator validator = new OrderValidator();

    /** The test order (reserved 01/04/2026, 15 000 €) with another vehicle built from its own. */
    private static Order withVehicle(Order o, LocalDate firstRegistration, LocalDate lastCt, LocalDate lastService,
                                     Integer mileage, String make) {
        Vehicle v = o.vehicle();
        return TestOrders.withVehicle(o, new Vehicle(v.vin(), v.plate(), make, v.model(), firstRegistration, lastCt,
                lastService, mileage, v.price(), v.imported(), v.partnerSeller()));
    }

    private static Order vir() {
        return TestOrders.order(PaymentMethod.VIR);
    }

    private static Order with(Order o, String advisor, BigDecimal reservationFee, PaymentMethod method,
                              Financing financing) {
        return new Order(o.id(), o.number(), o.status(), o.reservedOn(), reservationFee, advisor, o.owningSite(),
                o.customer(), o.vehicle(), o.handoverMode(), o.handoverAt(), method, financing, o.vehicleReceivedOn(),
                o.withdrawalNoticeOn(), o.cancellation(), o.meta());
    }

    private static Order withCustomer(Order o, Customer c) {
        return new Order(o.id(), o.number(), o.status(), o.reservedOn(), o.reservationFee(), o.advisor(),
                o.owningSite(), c, o.vehicle(), o.handoverMode(), o.handoverAt(), o.paymentMethod(), o.financing(),
                o.vehicleReceivedOn(), o.withdrawalNoticeOn(), o.cancellation(), o.meta());
    }

    private static Customer person(String email, String phone, CgHolding holding, String coHolder) {
        return new Customer(CustomerKind.PARTICULIER, "Camille", "Martin", null, null, email, phone,
                "12 rue des Lilas, 69003 Lyon", holding, coHolder, null);
    }

    private static Financing credit(String down, String financed) {
        return new Financing(down == null ? null : new BigDecimal(down),
                financed == null ? null : new BigDecimal(financed), Set.of(), Lender.COFIDIS);
    }

    @Test
    void an_order_needs_its_advisor() {
        assertThat(validator.validate(with(vir(), " ", vir().reservationFee(), PaymentMethod.VIR, Financing.NONE)))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("advisor", "Commercial : obligatoire"));
    }

    @Test
    void the_vehicle_needs_its_make() {
        Order o = vir();
        assertThat(validator.validate(withVehicle(o, o.vehicle().firstRegistration(), o.vehicle().lastCt(),
                o.vehicle().lastService(), 62000, "")))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("vehicle.make", "Marque : obligatoire"));
    }

    @Test
    void a_vehicle_with_no_kilometres_is_accepted_and_minus_one_is_not() {
        Order o = vir();
        Vehicle v = o.vehicle();
        assertThat(validator.validate(withVehicle(o, v.firstRegistration(), v.lastCt(), v.lastService(), 0, "Renault")))
                .isEmpty();
        assertThat(validator.validate(withVehicle(o, v.firstRegistration(), v.lastCt(), v.lastService(), -1, "Renault")))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("vehicle.mileageKm", "Kilométrage : ne peut pas être négatif"));
    }

    @Test
    void a_vehicle_date_on_the_reservation_day_is_accepted() {
        LocalDate reserved = TestOrders.RESERVED;
        assertThat(validator.validate(withVehicle(vir(), reserved, reserved, reserved, 10, "Renault"))).isEmpty();
    }

    @Test
    void each_vehicle_date_after_the_reservation_is_refused_with_both_days() {
        LocalDate next = TestOrders.RESERVED.plusDays(1);
        LocalDate first = LocalDate.of(2019, 3, 1);
        assertThat(validator.validate(withVehicle(vir(), next, null, null, 10, "Renault")))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("vehicle.firstRegistration",
                        "Date de 1re immatriculation : le 02/04/2026 est après la réservation du 01/04/2026"));
        assertThat(validator.validate(withVehicle(vir(), first, next, null, 10, "Renault")))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("vehicle.lastCt",
                        "Date du dernier CT : le 02/04/2026 est après la réservation du 01/04/2026"));
        assertThat(validator.validate(withVehicle(vir(), first, null, next, 10, "Renault")))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("vehicle.lastService");
                    assertThat(e.message()).isEqualTo(
                            "Date de la dernière révision : le 02/04/2026 est après la réservation du 01/04/2026");
                    assertThat(e.key()).isEqualTo("field.date.afterReservation");
                    assertThat(e.args()).containsExactly(Field.LAST_SERVICE, next, TestOrders.RESERVED);
                });
    }

    @Test
    void a_ct_before_the_first_registration_is_refused_and_on_the_same_day_is_not() {
        // 004:23 the CT's age decides the works, so its day must be a real one for this vehicle
        LocalDate first = LocalDate.of(2019, 3, 1);
        assertThat(validator.validate(withVehicle(vir(), first, first, null, 10, "Renault"))).isEmpty();
        assertThat(validator.validate(withVehicle(vir(), first, first.minusDays(1), null, 10, "Renault")))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("vehicle.lastCt",
                        "Date du dernier CT : le 28/02/2019 précède la 1re immatriculation du 01/03/2019"));
        assertThat(validator.validate(withVehicle(vir(), null, first.minusDays(1), null, 10, "Renault"))).isEmpty();
    }

    @Test
    void a_customer_reached_by_email_alone_is_enough() {
        assertThat(validator.validate(withCustomer(vir(),
                person("camille.martin@example.fr", " ", CgHolding.TITULAIRE, null)))).isEmpty();
        assertThat(validator.validate(withCustomer(vir(), person(null, "06 12 34 56 78", CgHolding.TITULAIRE, null))))
                .isEmpty();
    }

    @Test
    void a_wrong_phone_next_to_a_good_email_is_still_refused() {
        assertThat(validator.validate(withCustomer(vir(),
                person("camille.martin@example.fr", "06 12 34 56", CgHolding.TITULAIRE, null))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("customer.phone",
                        "Téléphone : « 06 12 34 56 » — numéro inexistant (vérifier le nombre de chiffres)"));
        assertThat(validator.validate(withCustomer(vir(),
                person("camille@example", "06 12 34 56 78", CgHolding.TITULAIRE, null))))
                .extracting(FieldError::field).containsExactly("customer.email");
    }

    @Test
    void no_way_to_reach_the_customer_is_one_error_on_the_phone() {
        assertThat(validator.validate(withCustomer(vir(), person(" ", null, CgHolding.TITULAIRE, null))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("customer.phone", "Téléphone : obligatoire (ou un e-mail) pour joindre le client"));
    }

    @Test
    void the_registration_holder_matches_the_buyer() {
        // 004:11 "CG : Titulaire / Cotitulaire / Société"
        assertThat(validator.validate(withCustomer(vir(),
                person("camille.martin@example.fr", null, CgHolding.COTITULAIRE, "Alex Martin")))).isEmpty();
        assertThat(validator.validate(withCustomer(vir(),
                person("camille.martin@example.fr", null, CgHolding.COTITULAIRE, " "))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("customer.coHolderName", "Cotitulaire de la CG : obligatoire"));
        assertThat(validator.validate(withCustomer(vir(),
                person("camille.martin@example.fr", null, CgHolding.SOCIETE, null))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("customer.cgHolding",
                        "CG : « Société » choisi alors que l'acheteur est un particulier"));
    }

    @Test
    void a_company_buyer_names_its_manager() {
        // 004:13 "Si pro : Kbis, Cni du gérant": the person on the order is the manager
        Customer c = TestOrders.company();
        Customer noManager = new Customer(c.kind(), c.firstName(), null, c.companyName(), c.companySiren(), c.email(),
                c.phone(), c.address(), c.cgHolding(), c.coHolderName(), c.collectorName());
        assertThat(validator.validate(withCustomer(vir(), noManager)))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("customer.lastName", "Nom du gérant : obligatoire"));
    }

    @Test
    void a_free_reservation_is_accepted_and_a_negative_fee_is_not() {
        assertThat(validator.validate(with(vir(), "jdupont", BigDecimal.ZERO, PaymentMethod.VIR, Financing.NONE)))
                .isEmpty();
        assertThat(validator.validate(with(vir(), "jdupont", null, PaymentMethod.VIR, Financing.NONE))).isEmpty();
        assertThat(validator.validate(with(vir(), "jdupont", new BigDecimal("-0.01"), PaymentMethod.VIR,
                Financing.NONE)))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("reservationFee",
                        "Frais de réservation : « -0.01 » — un montant ne peut pas être négatif"));
    }

    @Test
    void a_negative_down_payment_is_refused() {
        // 004:8 "mettre les montant apport/financement dans la fiche pipe"
        assertThat(validator.validate(with(vir(), "jdupont", vir().reservationFee(), PaymentMethod.CRD,
                credit("-1.00", "12000.00"))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("financing.downPayment", "Apport : « -1.00 » — un montant ne peut pas être négatif"));
    }

    @Test
    void the_whole_price_may_be_financed_and_one_cent_more_may_not() {
        // 004:8 the financed amount is part of the vehicle's price
        assertThat(validator.validate(with(vir(), "jdupont", vir().reservationFee(), PaymentMethod.CRD,
                credit(null, "15000.00")))).isEmpty();
        assertThat(validator.validate(with(vir(), "jdupont", vir().reservationFee(), PaymentMethod.CRD,
                credit(null, "15000.01"))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("financing.financedAmount", "Montant financé : supérieur au prix du véhicule"));
    }

    @Test
    void a_negative_financed_amount_is_refused_for_what_it_is() {
        assertThat(validator.validate(with(vir(), "jdupont", vir().reservationFee(), PaymentMethod.CRD,
                credit(null, "-5.00"))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("financing.financedAmount",
                        "Montant financé : « -5.00 » — un montant ne peut pas être négatif"));
    }

    @Test
    void normalising_keeps_an_absent_siren_absent_and_writes_a_typed_one_as_digits() {
        assertThat(validator.normalize(vir()).customer().companySiren()).isNull();
        Customer c = TestOrders.company();
        Customer typed = new Customer(c.kind(), " Paul ", " Durand ", " Transports Durand ", "443 061 841",
                " Compta@Durand.fr ", "04 72 00 00 00", c.address(), c.cgHolding(), null, c.collectorName());
        Customer n = validator.normalize(withCustomer(vir(), typed)).customer();
        assertThat(List.of(n.firstName(), n.lastName(), n.companyName(), n.companySiren(), n.email(), n.phone()))
                .containsExactly("Paul", "Durand", "Transports Durand", "443061841", "compta@durand.fr",
                        "+33472000000");
        assertThat(n.coHolderName()).isNull();
    }
}
