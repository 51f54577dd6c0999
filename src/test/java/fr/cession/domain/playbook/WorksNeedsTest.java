package fr.cession.domain.playbook;

import fr.cession.domain.order.Order;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.playbook.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004 lines 23-25: which works the "Demande de travaux" asks for. */
class WorksNeedsTest {

    private final WorksNeeds works = new WorksNeeds(RuleSettings.SEED_004);
    private static final LocalDateTime HANDOVER = LocalDateTime.of(2026, 3, 13, 14, 0);

    @Test
    void ctOlderThanFiveMonthsAtTheHandoverIsRedone() {
        // 004:23 "Si CT + 5 mois"
        assertThat(works.ctNeeded(vehicle(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 10, 12), null))).isTrue();
        assertThat(works.ctNeeded(vehicle(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 10, 13), null))).isFalse();
    }

    @Test
    void aVehicleReachingThreeYearsElevenMonthsWithoutCtNeedsOne() {
        // 004:23 "si vh 3 ans et 11 mois": first registered 13 April 2022, 3 years 11 months on 13 March 2026.
        assertThat(works.ctNeeded(vehicle(LocalDate.of(2022, 4, 13), null, null))).isTrue();
        assertThat(works.ctNeeded(vehicle(LocalDate.of(2022, 4, 14), null, null))).isFalse();
        assertThat(works.ctReportExpected(vehicle(LocalDate.of(2023, 1, 1), null, null))).isFalse();
    }

    @Test
    void withoutAHandoverDateTheEarliestAllowedDayIsUsed() {
        // 004:26 "10 jours minimum après la résa": reserved 2 March 2026, judged on 12 March.
        Order order = order().handoverAt(null).vehicle(LocalDate.of(2022, 4, 12), null, null).build();
        assertThat(works.handoverDay(order)).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(works.ctNeeded(order)).isTrue();
        Order younger = order().handoverAt(null).vehicle(LocalDate.of(2022, 4, 13), null, null).build();
        assertThat(works.ctNeeded(younger)).isFalse();
    }

    @Test
    void serviceCloseToOneYearOrUnknownIsDone() {
        // 004:24 "Si Révision proche des 1 ans ou supérieur à 1 ans": 11 months or more.
        assertThat(works.serviceNeeded(vehicle(null, null, LocalDate.of(2025, 4, 13)))).isTrue();
        assertThat(works.serviceNeeded(vehicle(null, null, LocalDate.of(2025, 4, 14)))).isFalse();
        assertThat(works.serviceNeeded(vehicle(null, null, null))).isTrue();
    }

    @Test
    void cleaningOnlyForAnOnSiteHandover() {
        // 004:25 "Si Cession faire une demande de nettoyage"
        assertThat(works.cleaningNeeded(order().build())).isTrue();
        assertThat(works.cleaningNeeded(order().delivery().build())).isFalse();
    }

    @Test
    void theFiguresComeFromTheSettings() {
        RuleSettings stricter = new RuleSettings(10, 15, 48, 72, 3, 3, 47, 6, 14, 14, 6, 24, 6, 4);
        Order order = vehicle(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 9, 1));
        assertThat(new WorksNeeds(stricter).ctNeeded(order)).isTrue();
        assertThat(new WorksNeeds(stricter).serviceNeeded(order)).isTrue();
        assertThat(works.ctNeeded(order)).isFalse();
        assertThat(works.serviceNeeded(order)).isFalse();
    }

    private static Order vehicle(LocalDate firstRegistration, LocalDate lastCt, LocalDate lastService) {
        return order().handoverAt(HANDOVER).vehicle(firstRegistration, lastCt, lastService).build();
    }
}
