package fr.cession.domain.workflow;

import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.aftersale.AfterSaleKind;
import fr.cession.domain.aftersale.AfterSaleStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * 003:6 « une politique de retour de sept jours et un processus pour gérer cette politique »: the
 * return notice is accepted until the last day of the window counted from the day the buyer
 * received the vehicle (the hand-over or delivery day when no reception was recorded); the pick-up
 * is booked (DRIIVEME, 004:34); the vehicle is inspected on its return, mileage and damage
 * recorded; the order is then cancelled for return and what it holds is asked back from the
 * manager, owed within {@code remboursement_jours} of the return notice.
 */
final class ReturnDesk {

    static final String SEED = "003:6";
    private static final int REFERENCE_MAX = 80;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Supplier<UUID> ids;
    private final RuleSettings settings;
    private final CancellationDesk cancellations;
    private final ZoneId zone;

    ReturnDesk(Supplier<UUID> ids, RuleSettings settings, CancellationDesk cancellations, ZoneId zone) {
        this.ids = ids;
        this.settings = settings;
        this.cancellations = cancellations;
        this.zone = zone;
    }

    /** The day the window starts: the vehicle's reception, else the hand-over or delivery day. */
    static Optional<LocalDate> windowStart(Order order) {
        if (order.vehicleReceivedOn() != null) {
            return Optional.of(order.vehicleReceivedOn());
        }
        return Optional.ofNullable(order.handoverAt()).map(t -> t.toLocalDate());
    }

    /** Why a return notice on {@code noticeOn} is refused, if it is. */
    Optional<RuleViolation> late(Order order, LocalDate noticeOn) {
        LocalDate start = windowStart(order).orElse(null);
        if (start == null) {
            return Optional.of(RuleViolation.of("retour_delai", SEED, "rule.return.noStart",
                    "Retour : ni réception du véhicule ni date de cession ou de livraison sur la commande"));
        }
        LocalDate last = start.plusDays(settings.returnDays());
        if (noticeOn.isAfter(last)) {
            return Optional.of(RuleViolation.of("retour_delai", SEED, "rule.return.late",
                    "Retour refusé : avis du " + DAY.format(noticeOn) + ", après le " + DAY.format(last)
                            + ", dernier jour des " + settings.returnDays() + " jours suivant la réception du véhicule le "
                            + DAY.format(start), noticeOn, last, settings.returnDays(), start));
        }
        return Optional.empty();
    }

    OrderFile notice(OrderFile file, LocalDate noticeOn, String reason, Actor actor, Instant now) {
        AfterSaleDesk.requireHandedOver(file.order(), "rule.return.notSold", "Retour");
        if (file.afterSale().stream().anyMatch(c -> c.kind() == AfterSaleKind.RETOUR)) {
            throw new RuleViolationException(RuleViolation.of("retour", SEED, "rule.return.already",
                    "Retour : déjà enregistré sur cette commande"));
        }
        if (noticeOn == null) {
            throw new ValidationException(new FieldError("return.noticeOn", "Avis de retour : date obligatoire"));
        }
        if (noticeOn.isAfter(now.atZone(zone).toLocalDate())) {
            throw new ValidationException(new FieldError("return.noticeOn", "Avis de retour : date dans le futur"));
        }
        windowStart(file.order()).filter(noticeOn::isBefore).ifPresent(start -> {
            throw new ValidationException(new FieldError("return.noticeOn",
                    "Avis de retour : avant la réception du véhicule (" + DAY.format(start) + ")"));
        });
        String why = AfterSaleDesk.text("return.reason", "Motif du retour", reason);
        late(file.order(), noticeOn).ifPresent(v -> {
            throw new RuleViolationException(v);
        });
        return file.withAfterSale(AfterSaleCase.opened(ids.get(), file.orderId(), AfterSaleKind.RETOUR, noticeOn, now,
                actor.login(), why));
    }

    /** The DRIIVEME pick-up: its day and the booking's reference; booked again, the new one replaces it. */
    OrderFile pickup(OrderFile file, UUID caseId, LocalDate pickupOn, String reference, Actor actor) {
        AfterSaleCase c = returnCase(file, caseId);
        if (c.status() != AfterSaleStatus.RETOUR_NOTIFIE && c.status() != AfterSaleStatus.ENLEVEMENT_PLANIFIE) {
            throw stateViolation("Enlèvement", c);
        }
        if (pickupOn == null) {
            throw new ValidationException(new FieldError("return.pickupOn", "Date d'enlèvement : obligatoire"));
        }
        if (pickupOn.isBefore(c.openedOn())) {
            throw new ValidationException(new FieldError("return.pickupOn",
                    "Date d'enlèvement : avant l'avis de retour du " + DAY.format(c.openedOn())));
        }
        if (reference == null || reference.isBlank()) {
            throw new ValidationException(new FieldError("return.pickupReference",
                    "Réservation DRIIVEME : référence obligatoire"));
        }
        if (reference.strip().length() > REFERENCE_MAX) {
            throw new ValidationException(new FieldError("return.pickupReference",
                    "Réservation DRIIVEME : " + REFERENCE_MAX + " caractères au plus"));
        }
        return file.withAfterSale(c.pickupBooked(pickupOn, reference.strip()));
    }

    /**
     * The vehicle is back: mileage and damage recorded, the order cancelled for return and the refund
     * of what it holds asked from the manager (004:63), due by the notice's deadline.
     */
    OrderFile inspect(OrderFile file, UUID caseId, Integer mileageKm, String damage, Actor actor, Instant now) {
        AfterSaleCase c = returnCase(file, caseId);
        if (c.status() != AfterSaleStatus.ENLEVEMENT_PLANIFIE) {
            throw stateViolation("Inspection", c);
        }
        if (mileageKm == null) {
            throw new ValidationException(new FieldError("return.mileage", "Kilométrage au retour : obligatoire"));
        }
        Integer sold = file.order().vehicle().mileageKm();
        if (mileageKm < 0 || (sold != null && mileageKm < sold)) {
            throw new ValidationException(new FieldError("return.mileage", "Kilométrage au retour : inférieur au "
                    + "kilométrage à la vente" + (sold == null ? "" : " (" + sold + " km)")));
        }
        String seen = AfterSaleDesk.text("return.damage", "Dommages constatés (« aucun » s'il n'y en a pas)", damage);
        OrderFile out = file.withAfterSale(c.inspected(actor.login(), now, mileageKm, seen));
        String reason = "Retour sous " + settings.returnDays() + " jours (avis du " + DAY.format(c.openedOn())
                + ") : " + c.request();
        return cancellations.cancel(out, CancellationCase.RETOUR, reason.length() > 500 ? reason.substring(0, 499)
                + "…" : reason, actor, now);
    }

    private static AfterSaleCase returnCase(OrderFile file, UUID caseId) {
        AfterSaleCase c = AfterSaleDesk.find(file, caseId);
        if (c.kind() != AfterSaleKind.RETOUR) {
            throw new RuleViolationException(RuleViolation.of("retour", SEED, "rule.return.notAReturn",
                    "Ce dossier après-vente n'est pas un retour"));
        }
        return c;
    }

    private static RuleViolationException stateViolation(String step, AfterSaleCase c) {
        return new RuleViolationException(RuleViolation.of("retour", SEED, "rule.return.state",
                step + " : le retour est à l'étape « " + c.status().name().toLowerCase().replace('_', ' ') + " »",
                step, c.status()));
    }
}
