package fr.cession.domain.playbook;

import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.Vehicle;

import java.time.LocalDate;

/**
 * Which works to order at the "Demande de travaux" (seed 004 lines 22-25), judged at the day the
 * buyer gets the vehicle: that is when the CT and service must still be fresh.
 */
public final class WorksNeeds {

    private final RuleSettings settings;

    public WorksNeeds(RuleSettings settings) {
        this.settings = settings;
    }

    /**
     * The hand-over day, or while none is set the earliest one the seed allows (004:26 "10 jours
     * minimum après la résa"): the works must be ready by then anyway.
     */
    public LocalDate handoverDay(Order order) {
        return order.handoverAt() != null ? order.handoverAt().toLocalDate()
                : order.reservedOn().plusDays(settings.handoverMinDays());
    }

    /**
     * 004:23 "Si CT + 5 mois, si vh 3 ans et 11 mois": the last CT will be more than 5 months old
     * at the hand-over, or the vehicle has no CT yet and will be 3 years 11 months old by then.
     * With neither date known, a CT is asked for: better an unneeded check than a sale blocked.
     */
    public boolean ctNeeded(Order order) {
        Vehicle v = order.vehicle();
        LocalDate day = handoverDay(order);
        if (v.lastCt() != null) {
            return day.isAfter(v.lastCt().plusMonths(settings.ctMaxAgeMonths()));
        }
        if (v.firstRegistration() != null) {
            return !day.isBefore(v.firstRegistration().plusMonths(settings.ctVehicleAgeMonths()));
        }
        return true;
    }

    /**
     * 004:24 "Si Révision proche des 1 ans ou supérieur à 1 ans": the last service will be at least
     * 11 months old at the hand-over, or it is unknown.
     */
    public boolean serviceNeeded(Order order) {
        LocalDate last = order.vehicle().lastService();
        return last == null || !handoverDay(order).isBefore(last.plusMonths(settings.serviceDueMonths()));
    }

    /** 004:25 "Si Cession faire une demande de nettoyage": only an on-site hand-over. */
    public boolean cleaningNeeded(Order order) {
        return order.handoverMode() == HandoverMode.CESSION;
    }

    /**
     * 004:42 "CT reçu et mis dans le BO": a CT report is expected at the sale when the vehicle has
     * one already or one is ordered; a vehicle too young for a CT has none.
     */
    public boolean ctReportExpected(Order order) {
        return order.vehicle().lastCt() != null || ctNeeded(order);
    }
}
