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
import java.util.function.Predicate;

/**
 * 004:42 "CT reçu et mis dans le BO ou validation du passage de CT dans le pipe par l'ADV". For a
 * vehicle over 4 years old on the hand-over day, the CT report (received or validated by ADV) is
 * required and must be under 6 months old that day, as the law requires for a sale. A younger
 * vehicle has no CT yet (the works of 004:23 only order one from 3 years 11 months): the rule holds.
 * Without a first registration date we assume the vehicle is old enough to need one.
 * <p>
 * The rule only asks for a report the order's documents already list ({@code requested}: the
 * playbook's documents section), so the person refused always has the line to act on; each
 * refusal says what to do.
 */
public final class CtReportValid implements OrderRule {

    public static final String SEED = "004:42";

    private final RuleSettings settings;
    private final ZoneId zone;
    private final Predicate<OrderFile> requested;

    /** A rule that asks for the report whenever the vehicle's age calls for one. */
    public CtReportValid(RuleSettings settings, ZoneId zone) {
        this(settings, zone, f -> true);
    }

    /** @param requested whether the order's documents list the CT report (then, and only then, it can block) */
    public CtReportValid(RuleSettings settings, ZoneId zone, Predicate<OrderFile> requested) {
        this.settings = settings;
        this.zone = zone;
        this.requested = requested;
    }

    public boolean needsReport(Vehicle vehicle, LocalDate saleDay) {
        LocalDate first = vehicle.firstRegistration();
        return first == null || !first.plusYears(settings.ctReportVehicleAgeYears()).isAfter(saleDay);
    }

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        LocalDate saleDay = Paperwork.referenceDay(file.order(), now, zone);
        if (!needsReport(file.order().vehicle(), saleDay) || !requested.test(file)) {
            return List.of();
        }
        Optional<OrderDocument> report = file.document(DocumentType.RAPPORT_CT);
        int age = settings.ctReportVehicleAgeYears();
        if (report.isEmpty() || !report.get().status().inHand()) {
            return List.of(RuleViolation.of(RuleCode.CT_VALIDE.code(), SEED, "rule.ct.missing",
                    "CT : procès-verbal non reçu (véhicule de plus de " + age + " ans) — marquez le procès-verbal"
                            + " de contrôle technique reçu dans Documents, ou faites-le valider par l'ADV", age));
        }
        LocalDate issued = report.get().issuedOn();
        if (issued == null) {
            return List.of(RuleViolation.of(RuleCode.CT_VALIDE.code(), SEED, "rule.ct.noDate",
                    "CT : date du contrôle non renseignée — indiquez-la en marquant le procès-verbal reçu dans"
                            + " Documents"));
        }
        int months = settings.ctReportMaxMonths();
        if (!issued.plusMonths(months).isAfter(saleDay)) {
            return List.of(RuleViolation.of(RuleCode.CT_VALIDE.code(), SEED, "rule.ct.stale",
                    "CT : contrôle du " + Formats.day(issued) + ", plus de " + months + " mois avant la vente du "
                            + Formats.day(saleDay) + " — nouveau CT nécessaire", issued, months, saleDay));
        }
        return List.of();
    }
}
