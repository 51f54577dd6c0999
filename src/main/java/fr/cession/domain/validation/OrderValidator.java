package fr.cession.domain.validation;

import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;

import java.math.BigDecimal;
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
        vehicle(order.vehicle(), errors);
        money(order, errors);
        required(errors, "advisor", "Commercial", order.advisor());
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
                o.vehicleReceivedOn(), o.withdrawalNoticeOn(), o.cancellation(), o.meta());
    }

    private void customer(Customer c, List<FieldError> errors) {
        if (c.isCompany()) {
            required(errors, "customer.companyName", "Raison sociale", c.companyName());
            add(errors, "customer.companySiren", Siren.check(c.companySiren()));
            // 004:13 "Si pro : ... Cni du gérant": the manager is the person recorded on the order.
        }
        required(errors, "customer.lastName", c.isCompany() ? "Nom du gérant" : "Nom", c.lastName());
        boolean noEmail = c.email() == null || c.email().isBlank();
        boolean noPhone = c.phone() == null || c.phone().isBlank();
        if (noEmail && noPhone) {
            errors.add(new FieldError("customer.phone", "Téléphone : obligatoire (ou un e-mail) pour joindre le client"));
        }
        if (!noEmail) {
            add(errors, "customer.email", Email.check(c.email()));
        }
        if (!noPhone) {
            add(errors, "customer.phone", Phone.check(c.phone()));
        }
        if (c.cgHolding() == CgHolding.COTITULAIRE) {
            required(errors, "customer.coHolderName", "Cotitulaire de la CG", c.coHolderName());
        }
        if (c.cgHolding() == CgHolding.SOCIETE && !c.isCompany()) {
            errors.add(new FieldError("customer.cgHolding",
                    "CG : « Société » choisi alors que l'acheteur est un particulier"));
        }
    }

    private void vehicle(Vehicle v, List<FieldError> errors) {
        add(errors, "vehicle.vin", Vin.check(v.vin()));
        add(errors, "vehicle.plate", Plate.check(v.plate()));
        required(errors, "vehicle.make", "Marque", v.make());
        required(errors, "vehicle.model", "Modèle", v.model());
        if (v.mileageKm() != null && v.mileageKm() < 0) {
            errors.add(new FieldError("vehicle.mileageKm", "Kilométrage : ne peut pas être négatif"));
        }
    }

    private void money(Order o, List<FieldError> errors) {
        BigDecimal price = o.vehicle().price();
        add(errors, "vehicle.price", Amount.check("Prix", price));
        if (o.reservationFee() != null) {
            add(errors, "reservationFee", Amount.check("Frais de réservation", o.reservationFee()));
        }
        Financing f = o.financing();
        if (f.downPayment() != null) {
            add(errors, "financing.downPayment", Amount.check("Apport", f.downPayment()));
        }
        if (f.financedAmount() != null) {
            add(errors, "financing.financedAmount", Amount.check("Montant financé", f.financedAmount()));
            if (price != null && f.financedAmount().compareTo(price) > 0) {
                errors.add(new FieldError("financing.financedAmount",
                        "Montant financé : supérieur au prix du véhicule"));
            }
        }
        if (o.paymentMethod() == PaymentMethod.CRD) {
            // 004:8 "Si financement mettre les montant apport/financement dans la fiche pipe".
            if (f.financedAmount() == null || f.financedAmount().signum() == 0) {
                errors.add(new FieldError("financing.financedAmount", "Montant financé : obligatoire pour un crédit"));
            }
            if (f.lender() == null) {
                errors.add(new FieldError("financing.lender", "Organisme de crédit : obligatoire pour un crédit"));
            }
        }
    }

    private static void required(List<FieldError> errors, String field, String label, String value) {
        FieldValidators.required(label, value).ifPresent(m -> errors.add(new FieldError(field, m)));
    }

    private static void add(List<FieldError> errors, String field, Optional<String> message) {
        message.ifPresent(m -> errors.add(new FieldError(field, m)));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
