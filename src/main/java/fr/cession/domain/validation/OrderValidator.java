package fr.cession.domain.validation;

import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;

import fr.cession.domain.validation.FieldError.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an order must hold before it is saved: the fields the later steps need (who to call,
 * which vehicle, which amounts). Field paths are those the order form binds to.
 */
public final class OrderValidator {

    public List<FieldError> validate(Order order) {
        List<FieldError> errors = new ArrayList<>();
        customer(order.customer(), errors);
        vehicle(order, errors);
        money(order, errors);
        required(errors, Field.ADVISOR, order.advisor());
        return errors;
    }

    /** The order with what users type put in canonical form (plate, VIN, phone, e-mail, SIREN). */
    public Order normalize(Order o) {
        Customer c = o.customer();
        Customer customer = new Customer(c.kind(), trim(c.firstName()), trim(c.lastName()), trim(c.companyName()),
                c.companySiren() == null ? null : Siren.normalize(c.companySiren()),
                c.email() == null ? null : Email.normalize(c.email()),
                c.phone() == null ? null : Phone.normalize(c.phone()),
                trim(c.address()), c.cgHolding(), trim(c.coHolderName()), trim(c.collectorName()));
        Vehicle v = o.vehicle();
        Vehicle vehicle = new Vehicle(v.vin() == null ? null : Vin.normalize(v.vin()),
                v.plate() == null ? null : Plate.normalize(v.plate()), trim(v.make()), trim(v.model()),
                v.firstRegistration(), v.lastCt(), v.lastService(), v.mileageKm(), v.price(), v.imported(),
                trim(v.partnerSeller()));
        return new Order(o.id(), o.number(), o.status(), o.reservedOn(), o.reservationFee(), trim(o.advisor()),
                o.owningSite(), customer, vehicle, o.handoverMode(), o.handoverAt(), o.paymentMethod(), o.financing(),
                o.vehicleReceivedOn(), o.withdrawalNoticeOn(), o.cancellation(), o.meta(), trim(o.inspector()),
                o.account());
    }

    private void customer(Customer c, List<FieldError> errors) {
        if (c.isCompany()) {
            required(errors, Field.COMPANY_NAME, c.companyName());
            add(errors, Field.COMPANY_SIREN, Siren.problem(c.companySiren()));
            // 004:13 "Si pro : ... Cni du gérant": the manager is the person recorded on the order.
        }
        required(errors, c.isCompany() ? Field.MANAGER_LAST_NAME : Field.CUSTOMER_LAST_NAME, c.lastName());
        boolean noEmail = c.email() == null || c.email().isBlank();
        boolean noPhone = c.phone() == null || c.phone().isBlank();
        if (noEmail && noPhone) {
            errors.add(FieldError.of(Field.PHONE.path(), Problem.of("field.phone.orEmail",
                    "Téléphone : obligatoire (ou un e-mail) pour joindre le client", Field.PHONE, Field.EMAIL)));
        }
        if (!noEmail) {
            add(errors, Field.EMAIL, Email.problem(c.email()));
        }
        if (!noPhone) {
            add(errors, Field.PHONE, Phone.problem(c.phone()));
        }
        if (c.cgHolding() == CgHolding.COTITULAIRE) {
            required(errors, Field.CO_HOLDER, c.coHolderName());
        }
        if (c.cgHolding() == CgHolding.SOCIETE && !c.isCompany()) {
            errors.add(FieldError.of(Field.CG_HOLDING.path(), Problem.of("field.cgHolding.company",
                    "CG : « Société » choisi alors que l'acheteur est un particulier")));
        }
    }

    private void vehicle(Order o, List<FieldError> errors) {
        Vehicle v = o.vehicle();
        add(errors, Field.VIN, Vin.problem(v.vin()));
        add(errors, Field.PLATE, Plate.problem(v.plate()));
        required(errors, Field.MAKE, v.make());
        required(errors, Field.MODEL, v.model());
        if (v.mileageKm() != null && v.mileageKm() < 0) {
            errors.add(FieldError.of(Field.MILEAGE.path(), Problem.of("field.mileage.negative",
                    "Kilométrage : ne peut pas être négatif", Field.MILEAGE)));
        }
        // a date of the vehicle's past cannot come after the day it is reserved
        LocalDate reserved = o.reservedOn();
        notAfterReservation(errors, Field.FIRST_REGISTRATION, v.firstRegistration(), reserved);
        notAfterReservation(errors, Field.LAST_CT, v.lastCt(), reserved);
        notAfterReservation(errors, Field.LAST_SERVICE, v.lastService(), reserved);
        if (v.firstRegistration() != null && v.lastCt() != null && v.lastCt().isBefore(v.firstRegistration())) {
            errors.add(FieldError.of(Field.LAST_CT.path(), Problem.of("field.date.beforeFirstRegistration",
                    Field.LAST_CT.label() + " : le " + day(v.lastCt()) + " précède la 1re immatriculation du "
                            + day(v.firstRegistration()), Field.LAST_CT, v.lastCt(), v.firstRegistration())));
        }
    }

    private static void notAfterReservation(List<FieldError> errors, Field field, LocalDate date, LocalDate reserved) {
        if (date != null && reserved != null && date.isAfter(reserved)) {
            errors.add(FieldError.of(field.path(), Problem.of("field.date.afterReservation",
                    field.label() + " : le " + day(date) + " est après la réservation du " + day(reserved),
                    field, date, reserved)));
        }
    }

    private static String day(LocalDate d) {
        return d.format(DAY);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private void money(Order o, List<FieldError> errors) {
        BigDecimal price = o.vehicle().price();
        add(errors, Field.PRICE, Amount.problem(Field.PRICE, price));
        if (o.reservationFee() != null) {
            add(errors, Field.RESERVATION_FEE, Amount.problem(Field.RESERVATION_FEE, o.reservationFee()));
        }
        Financing f = o.financing();
        if (f.downPayment() != null) {
            add(errors, Field.DOWN_PAYMENT, Amount.problem(Field.DOWN_PAYMENT, f.downPayment()));
        }
        if (f.financedAmount() != null) {
            add(errors, Field.FINANCED_AMOUNT, Amount.problem(Field.FINANCED_AMOUNT, f.financedAmount()));
            if (price != null && f.financedAmount().compareTo(price) > 0) {
                errors.add(FieldError.of(Field.FINANCED_AMOUNT.path(), Problem.of("field.financed.abovePrice",
                        "Montant financé : supérieur au prix du véhicule", Field.FINANCED_AMOUNT)));
            }
        }
        if (o.paymentMethod() == PaymentMethod.CRD) {
            // 004:8 "Si financement mettre les montant apport/financement dans la fiche pipe".
            if (f.financedAmount() == null || f.financedAmount().signum() == 0) {
                errors.add(FieldError.of(Field.FINANCED_AMOUNT.path(), Problem.of("field.credit.required",
                        "Montant financé : obligatoire pour un crédit", Field.FINANCED_AMOUNT)));
            }
            if (f.lender() == null) {
                errors.add(FieldError.of(Field.LENDER.path(), Problem.of("field.credit.required",
                        "Organisme de crédit : obligatoire pour un crédit", Field.LENDER)));
            }
        }
    }

    private static void required(List<FieldError> errors, Field field, String value) {
        if (value == null || value.isBlank()) {
            add(errors, field, Problems.required(field));
        }
    }

    private static void add(List<FieldError> errors, Field field, Optional<Problem> problem) {
        problem.ifPresent(p -> errors.add(FieldError.of(field.path(), p)));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
