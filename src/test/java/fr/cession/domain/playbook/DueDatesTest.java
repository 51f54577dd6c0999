package fr.cession.domain.playbook;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static fr.cession.domain.playbook.TestOrders.order;
import static fr.cession.domain.playbook.TestOrders.realPlaybook;
import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines in Paris time, in French working days where the playbook says "ouvres: oui". */
class DueDatesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final LoadedPlaybook playbook = realPlaybook();

    @Test
    void reservationDayPlusOneWorkingDaySkipsMayDayAndTheWeekend() {
        // 004:3 "A la réservation : J ou J+1": reserved Thursday 30 April 2026, Friday 1 May is a holiday.
        Order order = order().reservedOn(LocalDate.of(2026, 4, 30)).build();
        assertThat(paris(playbook.dueAt("reservation", order))).isEqualTo(at(2026, 5, 4, 18, 0));
        assertThat(paris(playbook.dueAt("demande_destockage", order))).isEqualTo(at(2026, 5, 4, 18, 0));
    }

    @Test
    void fiveAndThreeWorkingDaysBeforeTheSaleSkipVictoryInEuropeDay() {
        // 004:28 "J-5 avant la vente", 004:38 "J-3 avant la vente": sale Tuesday 12 May 2026, Friday 8 May is a holiday.
        Order order = order().handoverAt(LocalDateTime.of(2026, 5, 12, 10, 0)).build();
        assertThat(paris(playbook.dueAt("verification_documents", order))).isEqualTo(at(2026, 5, 4, 18, 0));
        assertThat(paris(playbook.dueAt("inspecteur_driiveme", order))).isEqualTo(at(2026, 5, 4, 18, 0));
        assertThat(paris(playbook.dueAt("validation_rdv", order))).isEqualTo(at(2026, 5, 6, 18, 0));
    }

    @Test
    void saleDayPlusOneSkipsAscension() {
        // 004:48 "Jour de la vente : J ou J+1": sale Wednesday 13 May 2026, Thursday 14 May is Ascension.
        Order order = order().handoverAt(LocalDateTime.of(2026, 5, 13, 10, 0)).build();
        assertThat(paris(playbook.dueAt("jour_vente", order))).isEqualTo(at(2026, 5, 15, 18, 0));
        assertThat(paris(playbook.dueAt("passage_vendu_p2p", order))).isEqualTo(at(2026, 5, 15, 18, 0));
    }

    @Test
    void ctControlIsDueTheWorkingDayBeforeASaleOnMondayAtNoon() {
        Order order = order().handoverAt(LocalDateTime.of(2026, 3, 16, 10, 0)).build();
        assertThat(paris(playbook.dueAt("controle_ct_revision", order))).isEqualTo(at(2026, 3, 13, 12, 0));
    }

    @Test
    void deadlinesKeepParisTimeAcrossTheSummerTimeChange() {
        // Sale Monday 30 March 2026, the day after the clocks go forward; J-3 is Wednesday 25 March, still winter time.
        Order order = order().handoverAt(LocalDateTime.of(2026, 3, 30, 10, 0)).build();
        assertThat(playbook.dueAt("validation_rdv", order)).contains(Instant.parse("2026-03-25T17:00:00Z"));
    }

    @Test
    void anOrganisedCancellationIsDue24HoursAfterIt() {
        // 004:73-76 the inspector must be warned quickly to avoid a useless trip.
        Order order = order().cancelled(CancellationCase.FONDS_RECUS, OrderStatus.ORGANISEE,
                Instant.parse("2026-03-06T09:00:00Z")).build();
        assertThat(playbook.dueAt("annulation_deja_organisee", order)).contains(Instant.parse("2026-03-07T09:00:00Z"));
    }

    @Test
    void withoutAHandoverDateTheSaleRelativeDeadlineIsProvisional() {
        // 004:26 "10 jours minimum après la résa": reserved Monday 2 March 2026, earliest hand-over Thursday 12 March.
        Order order = order().handoverAt(null).status(OrderStatus.ORGANISEE).build();
        assertThat(playbook.dueAt("verification_documents", order)).isEmpty();
        List<PlannedActivity> planned = playbook.plan(OrderFile.of(order),
                new WorkflowEvent.StatusEntered(OrderStatus.ORGANISEE));
        // Five working days before Thursday 12 March: Thursday 5 March.
        assertThat(paris(java.util.Optional.of(planned.get(0).dueAt()))).isEqualTo(at(2026, 3, 5, 18, 0));
        // Once the date is set the workflow asks again and gets the real deadline.
        Order dated = order.withHandoverAt(LocalDateTime.of(2026, 3, 20, 10, 0));
        assertThat(paris(playbook.dueAt("verification_documents", dated))).isEqualTo(at(2026, 3, 13, 18, 0));
    }

    @Test
    void anUnknownActivityTypeHasNoDeadline() {
        assertThat(playbook.dueAt("inconnue", order().build())).isEmpty();
    }

    private static ZonedDateTime paris(java.util.Optional<Instant> instant) {
        assertThat(instant).isPresent();
        return instant.get().atZone(PARIS);
    }

    private static ZonedDateTime at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, PARIS);
    }
}
