package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.playbook.RuleSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * 004:42 "CT reçu et mis dans le BO ou validation du passage de CT dans le pipe par l'ADV". For a
 * vehicle over 4 years old on the hand-over day, the CT report (received or validated by ADV) is
 * required and must be under 6 months old that day, as the law requires for a sale. A younger
 * vehicle has no CT yet (the works of 004:23 only order one from 3 years 11 months): the rule holds.
 * Without a first registration date we assume the vehicle is old enough to need one.
 */
public final class CtReportValid implements OrderRule {

    public static final String SEED = "004:42";

    private final RuleSettings settings;
    private final ZoneId zone;

    public CtReportValid(RuleSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    public boolean needsReport(Vehicle vehicle, LocalDate saleDay) {
        LocalDate first = vehicle.firstRegistration();
        return first == null || !first.plusYears(settings.ctReportVehicleAgeYears()).isAfter(saleDay);
    }

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        LocalDate saleDay = Paperwork.referenceDay(file.order(), now, zone);
        if (!needsReport(file.order().vehicle(), saleDay)) {
            return List.of();
        }
        Optional<OrderDocument> report = file.document(DocumentType.RAPPORT_CT);
        if (report.isEmpty() || !report.get().status().inHand()) {
            return List.of(violation("CT : procès-verbal non reçu (véhicule de plus de "
                    + settings.ctReportVehicleAgeYears() + " ans)"));
        }
        LocalDate issued = report.get().issuedOn();
        if (issued == null) {
            return List.of(violation("CT : date du contrôle non renseignée"));
        }
        if (!issued.plusMonths(settings.ctReportMaxMonths()).isAfter(saleDay)) {
            return List.of(violation("CT : contrôle du " + Formats.day(issued) + ", plus de "
                    + settings.ctReportMaxMonths() + " mois avant la vente du " + Formats.day(saleDay)
                    + " — nouveau CT nécessaire"));
        }
        return List.of();
    }

    private static RuleViolation violation(String message) {
        return new RuleViolation(RuleCode.CT_VALIDE.code(), message, SEED);
    }
}
