package fr.cession.sync;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
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
}
