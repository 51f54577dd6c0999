package fr.cession.domain.workflow;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.rules.HandoverWindow;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.Login;
import fr.cession.domain.validation.OrderValidator;
import fr.cession.domain.validation.ValidationException;

import java.util.List;
import java.util.Objects;

/**
 * Corrections to an order after its creation: the buyer, the vehicle, the hand-over mode, the
 * advisor. Each is checked as at creation (same validator, same French messages) and saved
 * through the workflow, so the order's history says who changed what.
 */
final class OrderEditDesk {

    /** The column's size (local V101). */
    private static final int MAX_INSPECTOR = 80;
    private final OrderValidator validator = new OrderValidator();

    OrderFile customer(OrderFile file, Customer customer) {
        live(file, "Client");
        return checked(file, file.order().withCustomer(Objects.requireNonNull(customer, "customer")), "customer.");
    }

    OrderFile vehicle(OrderFile file, Vehicle vehicle) {
        live(file, "Véhicule");
        return checked(file, file.order().withVehicle(Objects.requireNonNull(vehicle, "vehicle")), "vehicle.");
    }

    /** 004:6 "Confirmer le RDV de cession ou la livraison": fixed until the sale, like the date. */
    OrderFile handoverMode(OrderFile file, HandoverMode mode) {
        if (mode == null) {
            throw new ValidationException(new FieldError("handoverMode", "Mode de remise : obligatoire"));
        }
        Order order = file.order();
        if (mode == order.handoverMode()) {
            return file;
        }
        if (order.status().terminal() || order.status() == OrderStatus.VENDUE) {
            throw new RuleViolationException(new RuleViolation("delai_cession", "Mode de remise : la commande est "
                    + order.status().label() + ", la remise ne peut plus changer", HandoverWindow.SEED));
        }
        return file.withOrder(order.withHandoverMode(mode));
    }

    /** The order and its advisor's open tasks go to another advisor. */
    OrderFile reassign(OrderFile file, String advisor) {
        live(file, "Commercial");
        Login.check("Commercial", advisor).ifPresent(m -> {
            throw new ValidationException(new FieldError("advisor", m));
        });
        String login = advisor.trim();
        String before = file.order().advisor();
        if (login.equals(before)) {
            throw new ValidationException(new FieldError("advisor",
                    "Commercial : la commande est déjà suivie par « " + login + " »"));
        }
        OrderFile out = file.withOrder(file.order().withAdvisor(login));
        for (Activity a : file.activities()) {
            if (a.isOpen() && a.role() == Role.COMMERCIAL && (a.assignee() == null || a.assignee().equals(before))) {
                out = out.withActivity(a.withAssignee(login));
            }
        }
        return out;
    }

    /** 004:50: who holds the hand-over; a delivery (DRIIVEME) has none. */
    OrderFile inspector(OrderFile file, String inspector) {
        live(file, "Inspecteur");
        String name = inspector == null || inspector.isBlank() ? null : inspector.strip();
        if (name != null && file.order().handoverMode() == HandoverMode.LIVRAISON) {
            throw new ValidationException(new FieldError("inspector",
                    "Inspecteur : la commande est livrée par un chauffeur, pas remise par un inspecteur"));
        }
        if (name != null && name.length() > MAX_INSPECTOR) {
            throw new ValidationException(new FieldError("inspector",
                    "Inspecteur : " + MAX_INSPECTOR + " caractères au plus"));
        }
        return Objects.equals(name, file.order().inspector()) ? file : file.withOrder(file.order().withInspector(name));
    }

    private OrderFile checked(OrderFile file, Order edited, String prefix) {
        Order normalized = validator.normalize(edited);
        List<FieldError> errors = validator.validate(normalized).stream()
                .filter(e -> e.field().startsWith(prefix)).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return normalized.equals(file.order()) ? file : file.withOrder(normalized);
    }

    private static void live(OrderFile file, String what) {
        OrderStatus s = file.order().status();
        if (s.terminal()) {
            throw new RuleViolationException(new RuleViolation("commande_terminee", what + " : la commande est "
                    + s.label() + ", elle ne se modifie plus", null));
        }
    }
}
