package fr.cession.domain.rules;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.RuleSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.rules.TestOrders.payment;
import static org.assertj.core.api.Assertions.assertThat;

// 004:10 "Fond reçu 48h avant RDV ou livraison donné une date butoir au client (information délais
// bancaire), si pas de fond pas de rdv."
class FundsBeforeAppointmentTest {

    private final FundsBeforeAppointment rule = new FundsBeforeAppointment(RuleSettings.SEED_004, TestOrders.PARIS);
    // Appointment 2026-04-14 at 10:00, so the cut-off is 2026-04-12 at 10:00 (price 15 000 €).
    private final OrderFile file = TestOrders.file(TestOrders.order(PaymentMethod.CHQ)
            .withHandoverAt(LocalDateTime.parse("2026-04-14T10:00")));

    @Test
    void fonds_recus_48h_avant_le_rdv_hold() {
        OrderFile paid = file
                .withPayment(payment(PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, "500.00", null,
                        at("2026-04-01T12:00"), null))
                .withPayment(payment(PaymentKind.SOLDE, PaymentMethod.CHQ, "14500.00", null,
                        at("2026-04-12T10:00"), null));
        assertThat(rule.check(paid, at("2026-04-13T09:00"))).isEmpty();
    }

    @Test
    void si_pas_de_fond_pas_de_rdv_once_the_cut_off_has_passed() {
        OrderFile partly = file.withPayment(payment(PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, "500.00",
                null, at("2026-04-01T12:00"), null));
        assertThat(rule.check(partly, at("2026-04-12T10:01")))
                .singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("fonds_48h");
                    assertThat(v.seedRef()).isEqualTo("004:10");
                    assertThat(v.message()).startsWith("Fonds non reçus 48 h avant le RDV")
                            .contains("500,00 €", "15 000,00 €", "12/04/2026 à 10h00");
                });
    }

    @Test
    void before_the_cut_off_there_is_still_time() {
        assertThat(rule.check(file, at("2026-04-12T09:59"))).isEmpty();
    }

    @Test
    void funds_arrived_after_the_cut_off_are_too_late() {
        OrderFile late = file.withPayment(payment(PaymentKind.SOLDE, PaymentMethod.VIR, "15000.00", null,
                at("2026-04-13T08:00"), null));
        assertThat(rule.check(late, at("2026-04-13T09:00"))).hasSize(1);
    }

    @Test
    void with_credit_only_the_part_not_financed_is_due_from_the_customer() {
        // price 15 000 € - financed 12 000 € = 3 000 € from the customer; the lender's money is not his.
        OrderFile credit = TestOrders.file(TestOrders.order(PaymentMethod.CRD)
                        .withHandoverAt(LocalDateTime.parse("2026-04-14T10:00")))
                .withPayment(payment(PaymentKind.APPORT, PaymentMethod.VIR, "3000.00", null, at("2026-04-10T10:00"), null))
                .withPayment(payment(PaymentKind.FINANCEMENT, PaymentMethod.CRD, "12000.00", null, null, null));
        assertThat(rule.check(credit, at("2026-04-13T09:00"))).isEmpty();
    }
}
