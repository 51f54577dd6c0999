package fr.cession.domain.workflow;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.playbook.LoadedPlaybook;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.playbook.TimerDefinition;
import fr.cession.domain.rules.AfterSaleWindows;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.rules.WithdrawalPeriod;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.timer.ArmedTimer;
import fr.cession.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static fr.cession.domain.rules.TestOrders.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each timed outcome writes, through the order workflow (seed 001 carried over to the car order). */
class TimerOutcomeTest {

    private static final LoadedPlaybook PLAYBOOK = new PlaybookLoader(new FrenchCalendar())
            .load(Path.of("config/playbook-b2c.yaml"));
    private final WorkflowFixture f = new WorkflowFixture(PLAYBOOK);

    private static TimerDefinition timer(String code) {
        return PLAYBOOK.timers().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private ArmedTimer armed(String code, Instant start, Instant due) {
        return new ArmedTimer(f.id(), f.file().order().number(), timer(code), start, due);
    }

    // 001:21 « elle sera automatiquement annulée et votre client remboursé »: case « frais de réservation seuls »
    @Test
    void the_reservation_timer_cancels_with_the_fee_refund_asked_of_the_manager_as_of_its_due_instant() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        Instant due = at("2026-04-03T10:00");
        f.now("2026-04-06T08:12"); // noticed days later
        OrderFile out = f.workflow.fireTimer(armed("reservation_non_validee", at("2026-04-01T10:00"), due), "LYON");

        assertThat(out.order().status()).isEqualTo(OrderStatus.ANNULEE);
        assertThat(out.order().cancellation().cancellationCase()).isEqualTo(CancellationCase.FRAIS_RESERVATION_SEULS);
        assertThat(out.order().cancellation().reason())
                .isEqualTo("annulée automatiquement : 48 h sans validation (échéance du 03/04/2026 à 10:00)");
        assertThat(out.order().cancellation().cancelledAt()).isEqualTo(due);
        assertThat(out.approvals()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ApprovalKind.REMBOURSEMENT);
            assertThat(a.status()).isEqualTo(ApprovalStatus.DEMANDEE);
        });
        assertThat(f.repo.saves).last().isEqualTo(due);
    }

    // 001:33 « la commande sera terminée automatiquement »: through the normal transition, refused like a person's
    @Test
    void the_closing_timer_goes_through_the_normal_transition_and_its_rules() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        OrderFile file = f.file();
        f.repo.save(file, file.withOrder(file.order().withStatus(OrderStatus.VENDUE)), WorkflowFixture.COMMERCIAL,
                at("2026-04-10T10:00"));
        ArmedTimer closing = armed("vente_terminee_sans_reclamation", at("2026-04-10T10:00"), at("2026-04-17T10:00"));

        if (!f.workflow.blockers(f.file()).isEmpty()) {
            assertThatThrownBy(() -> f.workflow.fireTimer(closing, "LYON")).isInstanceOf(RuleViolationException.class);
            f.file().activities().stream().filter(a -> a.state() == ActivityState.OUVERTE).map(a -> a.typeCode())
                    .toList().forEach(f::finish);
        }
        assertThat(f.workflow.fireTimer(closing, "LYON").order().status()).isEqualTo(OrderStatus.CLOTUREE);
    }

    @Test
    void an_unanswered_complaint_gives_the_manager_an_activity_due_at_once() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        Instant due = at("2026-04-05T16:30");
        OrderFile out = f.workflow.fireTimer(armed("reclamation_sans_reponse", at("2026-04-03T16:30"), due), "LYON");
        assertThat(out.activities()).filteredOn(a -> a.role() == Role.MANAGER).singleElement().satisfies(a -> {
            assertThat(a.dueAt()).isEqualTo(due);
            assertThat(a.title()).isEqualTo("Réclamation sans réponse : escalade au manager");
            assertThat(a.note()).isEqualTo("escaladée automatiquement au manager : réclamation sans réponse depuis 48 h"
                    + " (échéance du 05/04/2026 à 16:30)");
        });
    }

    // 003:6 « une politique de retour de sept jours », beside 004:65's 14-day withdrawal for a distance sale
    @Test
    void the_return_window_runs_seven_days_from_reception_and_the_withdrawal_applies_to_a_delivery_only() {
        var period = new WithdrawalPeriod(new FrenchCalendar(), PLAYBOOK.settings());
        var delivered = TestOrders.order(PaymentMethod.VIR, TestOrders.person(), HandoverMode.LIVRAISON)
                .withVehicleReceivedOn(LocalDate.of(2026, 4, 10));
        AfterSaleWindows w = AfterSaleWindows.of(delivered, PLAYBOOK.commercialReturnDays(), 14, period).orElseThrow();
        assertThat(w.returnLastDay()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(w.returnOpenOn(LocalDate.of(2026, 4, 17))).isTrue();
        assertThat(w.returnOpenOn(LocalDate.of(2026, 4, 18))).isFalse();
        assertThat(w.withdrawalLastDay()).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(w.withdrawalApplies()).isTrue();
        var collected = TestOrders.order(PaymentMethod.VIR).withVehicleReceivedOn(LocalDate.of(2026, 4, 10));
        assertThat(AfterSaleWindows.of(collected, 7, 14, period).orElseThrow().withdrawalApplies()).isFalse();
        assertThat(AfterSaleWindows.of(TestOrders.order(PaymentMethod.VIR), 7, 14, period)).isEmpty();
    }
}
