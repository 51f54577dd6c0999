package fr.cession.sync;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.timer.TimerActor;
import fr.cession.domain.timer.TimerEngine;
import fr.cession.domain.workflow.DueTimers;
import fr.cession.store.dossier.JooqOpenOrders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timed outcomes (001:21 « elle sera automatiquement annulée et votre client remboursé ») on two
 * desktops that are offline when the timer falls due, then sync in either order against the real
 * central PostgreSQL: the outcome is applied once, and a person who acted before the due instant wins.
 */
class TimerSyncTest extends SyncTestBase {

    private static final String DUE_TEXT = "annulée automatiquement : 48 h sans validation (échéance du 04/03/2026 à 09:00)";

    private DueTimers timers(Desktop d) {
        return new DueTimers(SiteWorkflow.repo(d), SiteWorkflow.of(d, clock),
                new TimerEngine(SiteWorkflow.PLAYBOOK, SiteWorkflow.CALENDAR), new JooqOpenOrders(d.dsl()), clock);
    }

    /** Both desktops in service before the order: each has its history, the creation instant included. */
    private UUID reservedAtBothSites(Desktop lyon, Desktop paris) {
        lyon.syncOnce();
        paris.syncOnce();
        OrderFile file = SiteWorkflow.of(lyon, clock).create(SiteWorkflow.draft("LYON-2026-0100", "Martin", clock),
                SiteWorkflow.actor(lyon));
        lyon.syncOnce();
        paris.syncOnce();
        assertThat(paris.value("sales_order", file.orderId(), "status")).isEqualTo("RESERVEE");
        return file.orderId();
    }

    @ParameterizedTest(name = "{0} envoie en premier")
    @ValueSource(strings = {"LYON", "PARIS"})
    void bothOfflineDesktopsFireTheReservationTimerAndTheCentralDatabaseAppliesItOnce(String first) {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = reservedAtBothSites(lyon, paris);

        clock.advance(Duration.ofHours(47).plusMinutes(59));
        assertThat(timers(lyon).fireDue("LYON").fired()).isEmpty();
        clock.advance(Duration.ofDays(3)); // both stay offline for days
        assertThat(timers(lyon).fireDue("LYON").refused()).isEmpty();
        assertThat(timers(paris).fireDue("PARIS").fired()).hasSize(1);
        assertThat(timers(paris).fireDue("PARIS").fired()).as("fired once per desktop").isEmpty();

        Desktop a = first.equals("LYON") ? lyon : paris;
        Desktop b = first.equals("LYON") ? paris : lyon;
        SyncReport firstReport = a.syncOnce();
        SyncReport secondReport = b.syncOnce();
        a.syncOnce();

        assertThat(firstReport.refusals()).isEmpty();
        assertThat(secondReport.refusals()).isEmpty();
        assertThat(secondReport.pushed()).isEqualTo(firstReport.pushed());
        assertThat(secondReport.duplicates()).as("every operation of the late desktop already applied")
                .isEqualTo(secondReport.pushed());
        assertThat(central.value("sales_order", order, "status")).isEqualTo("ANNULEE");
        assertThat(central.value("sales_order", order, "cancellation_case"))
                .isEqualTo(CancellationCase.FRAIS_RESERVATION_SEULS.name());
        assertThat(central.value("sales_order", order, "cancellation_reason")).isEqualTo(DUE_TEXT);
        assertThat(central.dsl().fetchCount(central.dsl().selectFrom("approval_request")
                .where("order_id = ?", order))).as("one refund request").isEqualTo(1);
        for (Desktop d : List.of(lyon, paris)) {
            assertThat(d.value("sales_order", order, "version")).isEqualTo(central.value("sales_order", order, "version"));
            assertThat(d.value("sales_order", order, "cancellation_reason")).isEqualTo(DUE_TEXT);
        }
    }

    @org.junit.jupiter.api.Test
    void aPersonWhoConfirmedBeforeTheDueInstantWinsOverTheTimerOfAnotherDesktop() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = reservedAtBothSites(lyon, paris);

        clock.advance(Duration.ofHours(47));
        SiteWorkflow.of(lyon, clock).advance(order, SiteWorkflow.actor(lyon)); // offline: confirmed at 47 h
        clock.advance(Duration.ofHours(30));
        assertThat(timers(paris).fireDue("PARIS").fired()).hasSize(1); // offline: Paris never saw it

        lyon.syncOnce();
        SyncReport late = paris.syncOnce();

        assertThat(late.refusals()).singleElement().asString()
                .contains("échéance automatique du 04/03/2026 à 09:00 non appliquée")
                .contains("a passé la commande à « déstockage » le 04/03/2026 à 08:00, avant l'échéance");
        assertThat(central.value("sales_order", order, "status")).isEqualTo(OrderStatus.DESTOCKAGE.name());
        assertThat(central.dsl().fetchCount(central.dsl().selectFrom("approval_request")
                .where("order_id = ?", order))).isZero();
    }

    /**
     * Issue 10: « a person acting before the due instant wins over the timer, also when their change
     * arrives later ». Paris's timer reaches the central database first (cancellation, refund request);
     * Lyon's confirmation, made offline at 47 h, arrives after: the timer's outcome is taken back, the
     * confirmation applies, and Paris receives the result at its next pull. The other push order gives
     * the same order, the timer refused.
     */
    @ParameterizedTest(name = "{0} envoie en premier")
    @ValueSource(strings = {"PARIS", "LYON"})
    void aPersonsEarlierConfirmationWinsOverTheTimerWhicheverReachesTheCentralDatabaseFirst(String first) {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = reservedAtBothSites(lyon, paris);
        java.util.Map<UUID, String> activitiesBefore = activities(central.dsl(), order);

        clock.advance(Duration.ofHours(47));
        SiteWorkflow.of(lyon, clock).advance(order, SiteWorkflow.actor(lyon)); // offline: confirmed at 47 h
        clock.advance(Duration.ofHours(30));
        assertThat(timers(paris).fireDue("PARIS").fired()).hasSize(1); // offline: Paris never saw it

        if (first.equals("PARIS")) {
            assertThat(paris.syncOnce().refusals()).isEmpty();
            assertThat(central.value("sales_order", order, "status")).as("the timer got there first")
                    .isEqualTo(OrderStatus.ANNULEE.name());
            assertThat(liveApprovals(central.dsl(), order)).isEqualTo(1);
            assertThat(activities(central.dsl(), order)).as("the timer cancelled the open activities")
                    .isNotEqualTo(activitiesBefore);
            SyncReport confirmation = lyon.syncOnce();
            assertThat(confirmation.refusals()).as("the person's earlier act is not refused").isEmpty();
            assertThat(central.dsl().fetchOne("SELECT reason FROM sync_refusal WHERE changed_by = 'echeance'")
                    .get(0, String.class))
                    .contains("échéance automatique du 04/03/2026 à 09:00 annulée (passage à « annulée »)")
                    .contains("avait passé la commande à « déstockage » le 04/03/2026 à 08:00, avant l'échéance");
        } else {
            lyon.syncOnce();
            assertThat(paris.syncOnce().refusals()).singleElement().asString()
                    .contains("échéance automatique du 04/03/2026 à 09:00 non appliquée");
        }
        paris.syncOnce();
        lyon.syncOnce();

        assertThat(central.value("sales_order", order, "status")).isEqualTo(OrderStatus.DESTOCKAGE.name());
        assertThat(central.value("sales_order", order, "cancellation_case")).isNull();
        assertThat(central.value("sales_order", order, "cancellation_reason")).isNull();
        assertThat(liveApprovals(central.dsl(), order)).as("no refund request left").isZero();
        java.util.Map<UUID, String> centralActivities = activities(central.dsl(), order);
        assertThat(centralActivities.keySet()).as("the reservation's activities are all still there")
                .containsAll(activitiesBefore.keySet());
        for (Desktop d : List.of(lyon, paris)) {
            assertThat(d.value("sales_order", order, "status")).as(d.site).isEqualTo(OrderStatus.DESTOCKAGE.name());
            assertThat(d.value("sales_order", order, "version")).as(d.site)
                    .isEqualTo(central.value("sales_order", order, "version"));
            assertThat(liveApprovals(d.dsl(), order)).as(d.site).isZero();
            assertThat(activities(d.dsl(), order)).as(d.site + ": the same activities as the centre, those the timer"
                    + " cancelled open again, those it planned gone")
                    .isEqualTo(centralActivities);
            assertThat(d.pending()).as(d.site).isZero();
        }
        if (first.equals("PARIS")) {
            assertThat(paris.dsl().fetchCount(paris.dsl().selectFrom("change_op")
                    .where("order_id = ? AND changed_by = ?", order, TimerActor.BEATEN_LOGIN)))
                    .as("Paris's history says the timer was taken back").isPositive();
        }
        // taken back once: no desktop fires it again
        assertThat(timers(paris).fireDue("PARIS").fired()).isEmpty();
        assertThat(timers(lyon).fireDue("LYON").fired()).isEmpty();
    }

    /** What a person did after the timer's outcome stays: the timer is not taken back, the late change is refused. */
    @org.junit.jupiter.api.Test
    void aTimerOutcomeSomeoneWorkedOnAfterwardsIsNotTakenBack() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = reservedAtBothSites(lyon, paris);
        clock.advance(Duration.ofHours(47));
        SiteWorkflow.of(lyon, clock).advance(order, SiteWorkflow.actor(lyon));
        clock.advance(Duration.ofHours(30));
        assertThat(timers(paris).fireDue("PARIS").fired()).hasSize(1);
        paris.syncOnce();
        clock.advance(Duration.ofHours(1));
        paris.edit("sales_order", order, order, "customer_email", "nouvelle@adresse.fr"); // on the cancelled order
        paris.syncOnce();

        assertThat(lyon.syncOnce().refusals()).singleElement().asString()
                .contains("passage de « réservée » à « déstockage » refusé");
        assertThat(central.value("sales_order", order, "status")).isEqualTo(OrderStatus.ANNULEE.name());
        assertThat(liveApprovals(central.dsl(), order)).isEqualTo(1);
        assertThat(central.dsl().fetchCount(central.dsl().selectFrom("central_change")
                .where("changed_by = ?", TimerActor.BEATEN_LOGIN))).isZero();
    }

    private static int liveApprovals(org.jooq.DSLContext dsl, UUID order) {
        return dsl.fetchCount(dsl.selectFrom("approval_request").where("order_id = ? AND deleted = false", order));
    }

    /** The order's activities not deleted, with their state. */
    private static java.util.Map<UUID, String> activities(org.jooq.DSLContext dsl, UUID order) {
        java.util.Map<UUID, String> out = new java.util.TreeMap<>();
        dsl.fetch("SELECT id, state FROM activity WHERE order_id = ? AND deleted = false", order)
                .forEach(r -> out.put(r.get(0, UUID.class), r.get(1, String.class)));
        return out;
    }
}
