package fr.cession.domain.workflow;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An appointment moved from the agenda: the order file's window (004:26) and the funds 48 h before (004:10). */
class AppointmentMoveTest {

    private final WorkflowFixture f = new WorkflowFixture();

    // 004:26 "10 jours minimum après la résa"
    @Test
    void a_move_under_10_days_after_the_reservation_is_refused_and_the_date_stays() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        assertThatThrownBy(() -> f.workflow.moveAppointment(f.id(), LocalDateTime.parse("2026-04-08T10:00"), COMMERCIAL))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .singleElement().extracting(RuleViolation::seedRef).isEqualTo("004:26"));
        assertThat(f.file().order().handoverAt()).isEqualTo(LocalDateTime.parse("2026-04-14T10:00"));
    }

    // 004:10 "Fond reçu 48h avant RDV ou livraison ... si pas de fond pas de rdv"
    @Test
    void a_move_whose_48_hour_cut_off_has_passed_without_the_funds_is_refused() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-16T10:00"), COMMERCIAL);
        f.now("2026-04-13T12:00");
        assertThatThrownBy(() -> f.workflow.moveAppointment(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.seedRef()).isEqualTo("004:10");
                            assertThat(v.message()).contains("Fonds non reçus 48 h avant le RDV");
                        }));
        assertThat(f.file().order().handoverAt()).isEqualTo(LocalDateTime.parse("2026-04-16T10:00"));
    }

    // 004:10: a date whose cut-off is still ahead leaves time for the funds
    @Test
    void a_move_with_time_left_for_the_funds_is_saved() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        f.now("2026-04-11T09:00");
        OrderFile moved = f.workflow.moveAppointment(f.id(), LocalDateTime.parse("2026-04-15T16:00"), COMMERCIAL);
        assertThat(moved.order().handoverAt()).isEqualTo(LocalDateTime.parse("2026-04-15T16:00"));
        assertThat(f.file().order().handoverAt()).isEqualTo(LocalDateTime.parse("2026-04-15T16:00"));
    }

    // 004:26 "avec un maximum de 15 jours si + voir avec manager"
    @Test
    void a_move_beyond_15_days_is_saved_and_asks_the_manager() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        OrderFile moved = f.workflow.moveAppointment(f.id(), LocalDateTime.parse("2026-04-24T10:00"), COMMERCIAL);
        assertThat(moved.approvals()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ApprovalKind.DATE_CESSION_HORS_DELAI);
            assertThat(a.status()).isEqualTo(ApprovalStatus.DEMANDEE);
        });
    }
}
