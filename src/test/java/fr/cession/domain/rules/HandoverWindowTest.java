package fr.cession.domain.rules;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.playbook.RuleSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.approval;
import static fr.cession.domain.rules.TestOrders.at;
import static org.assertj.core.api.Assertions.assertThat;

// 004:26 "Mettre la date de cession dans le Bo (10 jours minimum après la résa ou date prévu avec le
// client ultérieur avec un maximum de 15 jours si + voir avec manager)"
class HandoverWindowTest {

    private final HandoverWindow rule = new HandoverWindow(RuleSettings.SEED_004);
    private final Order reserved = TestOrders.order(PaymentMethod.VIR); // reserved 2026-04-01

    private OrderFile withDate(String date) {
        return TestOrders.file(reserved.withHandoverAt(LocalDateTime.parse(date)));
    }

    @Test
    void dix_jours_minimum_apres_la_resa_is_accepted_on_day_10_and_refused_on_day_9() {
        assertThat(rule.check(withDate("2026-04-11T10:00"), at("2026-04-02T09:00"))).isEmpty();
        assertThat(rule.check(withDate("2026-04-10T10:00"), at("2026-04-02T09:00")))
                .singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("delai_cession");
                    assertThat(v.seedRef()).isEqualTo("004:26");
                    assertThat(v.message()).contains("10/04/2026", "trop tôt", "10 jours minimum",
                            "11/04/2026 au plus tôt");
                });
    }

    @Test
    void maximum_de_15_jours_si_plus_voir_avec_manager() {
        assertThat(rule.check(withDate("2026-04-16T10:00"), at("2026-04-02T09:00"))).isEmpty();
        assertThat(rule.check(withDate("2026-04-17T10:00"), at("2026-04-02T09:00")))
                .singleElement().extracting(RuleViolation::message).asString().contains("accord du manager");
    }

    @Test
    void a_date_beyond_15_days_holds_once_the_manager_approved_that_date() {
        OrderFile pending = withDate("2026-04-20T10:00")
                .withApproval(approval(ApprovalKind.DATE_CESSION_HORS_DELAI, ApprovalStatus.DEMANDEE, "2026-04-20"));
        assertThat(rule.check(pending, at("2026-04-02T09:00"))).hasSize(1);

        OrderFile approvedOtherDate = withDate("2026-04-20T10:00")
                .withApproval(approval(ApprovalKind.DATE_CESSION_HORS_DELAI, ApprovalStatus.APPROUVEE, "2026-04-19"));
        assertThat(rule.check(approvedOtherDate, at("2026-04-02T09:00"))).hasSize(1);

        OrderFile approved = withDate("2026-04-20T10:00")
                .withApproval(approval(ApprovalKind.DATE_CESSION_HORS_DELAI, ApprovalStatus.APPROUVEE, "2026-04-20"));
        assertThat(rule.check(approved, at("2026-04-02T09:00"))).isEmpty();
    }

    @Test
    void no_date_set_is_a_violation() {
        assertThat(rule.check(TestOrders.file(reserved), at("2026-04-02T09:00")))
                .singleElement().extracting(RuleViolation::message).asString().contains("non renseignée");
    }
}
