package fr.cession.domain.workflow;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static fr.cession.domain.workflow.WorkflowFixture.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandoverAndChecklistTest {

    private final WorkflowFixture f = new WorkflowFixture();

    private void organised() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.advance(f.id(), COMMERCIAL);
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        f.workflow.advance(f.id(), COMMERCIAL);
    }

    // 004:26 "10 jours minimum après la résa"
    @Test
    void a_date_under_10_days_after_the_reservation_is_refused_with_the_reason() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        assertThatThrownBy(() -> f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-08T10:00"), COMMERCIAL))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .singleElement().extracting(RuleViolation::message).asString()
                        .contains("08/04/2026", "10 jours minimum", "11/04/2026"));
        assertThat(f.file().order().handoverAt()).isNull();
    }

    // 004:26 "avec un maximum de 15 jours si + voir avec manager"
    @Test
    void a_date_beyond_15_days_is_kept_and_waits_for_the_manager() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.advance(f.id(), COMMERCIAL);
        OrderFile file = f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-22T14:00"), COMMERCIAL);
        assertThat(file.order().handoverAt()).isEqualTo(LocalDateTime.parse("2026-04-22T14:00"));
        var request = file.approvals().get(0);
        assertThat(request.kind()).isEqualTo(ApprovalKind.DATE_CESSION_HORS_DELAI);
        assertThat(request.status()).isEqualTo(ApprovalStatus.DEMANDEE);
        assertThat(request.requestedBy()).isEqualTo("jdupont");
        // setting the same date again does not ask twice
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-22T15:00"), COMMERCIAL);
        assertThat(f.file().approvals()).hasSize(1);

        assertThatThrownBy(() -> f.workflow.advance(f.id(), COMMERCIAL)).hasMessageContaining("accord du manager");
        assertThatThrownBy(() -> f.workflow.decideApproval(f.id(), request.id(), true, COMMERCIAL))
                .hasMessageContaining("Seul un manager");
        f.workflow.decideApproval(f.id(), request.id(), true, MANAGER);
        assertThat(f.workflow.advance(f.id(), COMMERCIAL).order().status()).isEqualTo(OrderStatus.ORGANISEE);
    }

    @Test
    void open_activities_move_with_the_handover_date() {
        organised();
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-16T10:00"), COMMERCIAL);
        assertThat(f.file().activity(FakePlaybook.VERIF_DOCS)).get().extracting(a -> a.dueAt())
                .isEqualTo(at("2026-04-11T18:00"));
        // an activity the playbook does not tie to the hand-over keeps its date
        assertThat(f.file().activity(FakePlaybook.DESTOCKAGE)).get().extracting(a -> a.dueAt())
                .isEqualTo(at("2026-04-02T18:00"));
    }

    @Test
    void an_activity_is_done_only_with_every_line_ticked_and_the_last_tick_closes_it() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        var activity = f.file().activity(FakePlaybook.DESTOCKAGE).orElseThrow();
        var lines = f.file().itemsOf(activity.id());
        f.workflow.tick(f.id(), lines.get(0).id(), COMMERCIAL);
        assertThatThrownBy(() -> f.workflow.completeActivity(f.id(), activity.id(), COMMERCIAL))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::message)
                        .containsExactly("Ligne non cochée : « Mettre la date de cession dans le BO »"));
        OrderFile done = f.workflow.tick(f.id(), lines.get(1).id(), COMMERCIAL);
        assertThat(done.activity(FakePlaybook.DESTOCKAGE)).get().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ActivityState.FAITE);
            assertThat(a.doneBy()).isEqualTo("jdupont");
        });
        assertThat(done.itemsOf(activity.id())).allSatisfy(i -> {
            assertThat(i.checked()).isTrue();
            assertThat(i.checkedBy()).isEqualTo("jdupont");
        });
        assertThatThrownBy(() -> f.workflow.tick(f.id(), lines.get(0).id(), COMMERCIAL))
                .hasMessageContaining("déjà faite");
        // unticking a line of a done activity reopens it
        OrderFile reopened = f.workflow.untick(f.id(), lines.get(0).id(), COMMERCIAL);
        assertThat(reopened.activity(FakePlaybook.DESTOCKAGE).orElseThrow().state()).isEqualTo(ActivityState.OUVERTE);
    }
}
