package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.time.FrenchCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.rules.TestOrders.document;
import static org.assertj.core.api.Assertions.assertThat;

class RefundAndWithdrawalTest {

    private static final FrenchCalendar CALENDAR = new FrenchCalendar();
    private final WithdrawalPeriod period = new WithdrawalPeriod(CALENDAR, RuleSettings.SEED_004);

    private static OrderFile cancelled(CancellationCase c) {
        return TestOrders.file(TestOrders.order(PaymentMethod.VIR).withCancellation(
                new Cancellation(c, "changement d'avis", at("2026-04-05T10:00"), OrderStatus.DESTOCKAGE)));
    }

    // 004:65-71 "Après réception des fond (annulation ou rétractation dans le délai des 14 jours): ... Deux
    // Pièce d'identité recto/verso (CI, permis, ou passeport) • RIB → Une fois le statut validé, le manager
    // procède au remboursement"
    @Test
    void apres_reception_des_fonds_deux_pieces_d_identite_et_un_rib_valides_avant_le_remboursement() {
        var rule = new RefundPrerequisites();
        OrderFile funds = cancelled(CancellationCase.FONDS_RECUS);
        assertThat(rule.check(funds, at("2026-04-06T10:00"))).hasSize(3);
        OrderFile kyc = funds
                .withDocument(document(DocumentType.PIECE_IDENTITE_KYC_1, DocumentStatus.VALIDE, null))
                .withDocument(document(DocumentType.PIECE_IDENTITE_KYC_2, DocumentStatus.VALIDE, null))
                .withDocument(document(DocumentType.RIB, DocumentStatus.VALIDE, null, at("2026-04-06T09:00"),
                        "FR7630006000011234567890189"));
        assertThat(rule.check(kyc, at("2026-04-06T10:00"))).isEmpty();
        OrderFile badIban = funds
                .withDocument(document(DocumentType.PIECE_IDENTITE_KYC_1, DocumentStatus.VALIDE, null))
                .withDocument(document(DocumentType.PIECE_IDENTITE_KYC_2, DocumentStatus.VALIDE, null))
                .withDocument(document(DocumentType.RIB, DocumentStatus.VALIDE, null, at("2026-04-06T09:00"),
                        "FR7630006000011234567890188"));
        assertThat(rule.check(badIban, at("2026-04-06T10:00"))).singleElement().extracting(RuleViolation::message)
                .asString().startsWith("Remboursement impossible : IBAN : « FR7630006000011234567890188 »");
    }

    // 004:62-63 "Réception seulement des frais de réservation : Le commercial fait une demande de remboursement au manager."
    @Test
    void reception_seulement_des_frais_de_reservation_needs_no_kyc() {
        assertThat(new RefundPrerequisites().check(cancelled(CancellationCase.FRAIS_RESERVATION_SEULS),
                at("2026-04-06T10:00"))).isEmpty();
    }

    // 004:65 "rétractation dans le délai des 14 jours": the day of receipt not counted, 14 days
    @Test
    void retractation_14_jours_a_compter_du_lendemain_de_la_reception() {
        // Received Thursday 2026-04-23: day 1 is 04-24, day 14 is Thursday 2026-05-07 (a working day).
        assertThat(period.lastDay(LocalDate.of(2026, 4, 23))).isEqualTo(LocalDate.of(2026, 5, 7));
        // Received Friday 2026-04-24: day 14 is Friday 2026-05-08, Victoire 1945, then the week-end: Monday 11.
        assertThat(period.lastDay(LocalDate.of(2026, 4, 24))).isEqualTo(LocalDate.of(2026, 5, 11));
        // Received Thursday 2026-04-30: day 14 is Ascension Thursday 2026-05-14, so Friday 15.
        assertThat(period.lastDay(LocalDate.of(2026, 4, 30))).isEqualTo(LocalDate.of(2026, 5, 15));
        // Received Saturday 2026-04-25: day 14 is Saturday 2026-05-09: Monday 11.
        assertThat(period.lastDay(LocalDate.of(2026, 4, 25))).isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void a_withdrawal_after_the_last_day_is_refused_and_the_refund_is_due_within_14_days() {
        var order = TestOrders.order(PaymentMethod.VIR).withVehicleReceivedOn(LocalDate.of(2026, 4, 23));
        assertThat(period.check(order, LocalDate.of(2026, 5, 7))).isEmpty();
        assertThat(period.check(order, LocalDate.of(2026, 5, 8))).get().extracting(RuleViolation::message)
                .asString().isEqualTo("Rétractation : notifiée le 08/05/2026, après la fin du délai de 14 jours"
                        + " le 07/05/2026 (véhicule reçu le 23/04/2026)");
        assertThat(period.refundDueBy(LocalDate.of(2026, 5, 7))).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(period.isOpen(null, LocalDate.of(2026, 12, 31))).isTrue();
    }
}
