package fr.cession.domain.workflow;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Ledger;
import fr.cession.domain.payment.MovementState;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.ADV;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static fr.cession.domain.workflow.WorkflowFixture.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 001:5 "Cet argent est alors bloqué sur un compte séquestre jusqu'à ce que la commande soit
 * terminée" and 004:54 "Passer en vendu + P2P": the ledger's funds leave for the seller partner
 * only when the order is closed, in the change that closes it; 004:71 refunds never take more
 * than is held.
 */
class EscrowLedgerTest {

    private final WorkflowFixture f = new WorkflowFixture();

    /** A transfer order paid 500 € fee + 14 500 € balance, sold at the hand-over (the path of OrderWorkflowTest). */
    private OrderFile sold() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.advance(f.id(), COMMERCIAL);
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        f.workflow.advance(f.id(), COMMERCIAL);
        f.now("2026-04-08T10:00");
        f.allDocumentsValid(LocalDate.of(2026, 3, 20));
        f.workflow.markDocumentReceived(f.id(), DocumentType.RAPPORT_CT, LocalDate.of(2026, 4, 2), null, ADV);
        f.workflow.recordPayment(f.id(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, new BigDecimal("500"),
                null, at("2026-04-01T12:00"), null, COMMERCIAL);
        f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("14500"),
                at("2026-04-07T09:00"), null, null, COMMERCIAL);
        Payment balance = f.file().payments().stream().filter(p -> p.kind() == PaymentKind.SOLDE).findFirst()
                .orElseThrow();
        f.now("2026-04-10T10:00");
        f.workflow.confirmPaymentReceived(f.id(), balance.id(), at("2026-04-10T09:00"), ADV);
        f.workflow.advance(f.id(), ADV);
        f.now("2026-04-14T11:00");
        f.workflow.markDocumentReceived(f.id(), DocumentType.BON_DE_REMISE, LocalDate.of(2026, 4, 14), null, COMMERCIAL);
        f.workflow.markDocumentReceived(f.id(), DocumentType.CERFA_CESSION, LocalDate.of(2026, 4, 14), null, COMMERCIAL);
        OrderFile sold = f.workflow.advance(f.id(), COMMERCIAL);
        assertThat(sold.order().status()).isEqualTo(OrderStatus.VENDUE);
        return sold;
    }

    @Test
    void each_movement_says_who_recorded_it_and_who_saw_its_funds_arrive() {
        OrderFile file = sold();
        Payment balance = file.payments().stream().filter(p -> p.kind() == PaymentKind.SOLDE).findFirst().orElseThrow();
        assertThat(balance.recordedBy()).isEqualTo(COMMERCIAL.login());
        assertThat(balance.receivedBy()).isEqualTo(ADV.login());
        assertThat(MovementState.of(balance)).isEqualTo(MovementState.RECU);
        Ledger ledger = new Ledger(file.payments());
        assertThat(ledger.received()).isEqualTo(1_500_000);
        assertThat(ledger.held()).isEqualTo(1_500_000);
        assertThat(ledger.released()).isZero();
        assertThat(ledger.due(file.order().vehicle().price())).isZero();
    }

    // 001:5 funds blocked until the order completes: sold is not completed
    @Test
    void releasing_to_the_seller_is_refused_before_the_sale_is_completed_and_nothing_is_written() {
        sold();
        int saves = f.repo.saves.size();
        assertThatThrownBy(() -> f.workflow.releaseFunds(f.id(), MANAGER))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations()).extracting(RuleViolation::code).containsExactly("versement_vendeur");
                    assertThat(e.getMessage()).contains("la vente n'est pas terminée").contains("séquestre");
                });
        assertThat(f.repo.saves).hasSize(saves);
        assertThat(new Ledger(f.file().payments()).released()).isZero();
    }

    // 004:54 "Passer en vendu + P2P", 001:5: closing the order releases the held funds in the same change
    @Test
    void closing_the_order_releases_every_held_movement_in_the_same_save() {
        sold();
        for (String type : new String[] {FakePlaybook.DESTOCKAGE, FakePlaybook.VERIF_DOCS, FakePlaybook.INSPECTEUR,
                FakePlaybook.VENDU_P2P}) {
            f.finish(type);
        }
        int saves = f.repo.saves.size();
        f.now("2026-04-21T10:00");
        OrderFile closed = f.workflow.advance(f.id(), MANAGER);

        assertThat(f.repo.saves).hasSize(saves + 1);
        assertThat(closed.order().status()).isEqualTo(OrderStatus.CLOTUREE);
        assertThat(closed.payments()).allSatisfy(p -> {
            assertThat(MovementState.of(p)).isEqualTo(MovementState.VERSE);
            assertThat(p.releasedBy()).isEqualTo(MANAGER.login());
            assertThat(p.releasedAt()).isEqualTo(at("2026-04-21T10:00"));
        });
        Ledger ledger = new Ledger(closed.payments());
        assertThat(ledger.released()).isEqualTo(1_500_000);
        assertThat(ledger.held()).isZero();
        // nothing left to release: a second release changes nothing
        assertThat(new Ledger(f.workflow.releaseFunds(f.id(), MANAGER).payments()).released()).isEqualTo(1_500_000);
    }

    // 004:71: a refund never takes more than the order holds, refunds already promised counted
    @Test
    void a_refund_above_what_is_still_held_once_a_refund_is_promised_is_refused() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.recordPayment(f.id(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, new BigDecimal("1000"),
                null, at("2026-04-01T09:00"), null, COMMERCIAL);
        f.workflow.cancel(f.id(), CancellationCase.FRAIS_RESERVATION_SEULS, "client renonce", COMMERCIAL);
        var request = f.file().approvals().stream().filter(a -> a.kind() == ApprovalKind.REMBOURSEMENT)
                .findFirst().orElseThrow();
        f.workflow.decideApproval(f.id(), request.id(), true, MANAGER);
        Ledger ledger = new Ledger(f.file().payments());
        assertThat(ledger.held()).isEqualTo(100_000);
        assertThat(ledger.toRefund()).isEqualTo(100_000);
        assertThat(ledger.available()).isZero();
        assertThatThrownBy(() -> f.workflow.recordPayment(f.id(), PaymentKind.REMBOURSEMENT, PaymentMethod.VIR,
                new BigDecimal("0.01"), null, null, null, MANAGER))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::code).containsExactly("remboursement_plafond"));
        // paying the promised refund empties the wallet: held and refunded meet
        Payment refund = f.file().payments().stream().filter(Payment::isRefund).findFirst().orElseThrow();
        f.workflow.confirmPaymentReceived(f.id(), refund.id(), at("2026-04-01T10:00"), MANAGER);
        Ledger paid = new Ledger(f.file().payments());
        assertThat(paid.held()).isZero();
        assertThat(paid.refunded()).isEqualTo(100_000);
        assertThat(f.file().payments()).filteredOn(Payment::isRefund).singleElement()
                .satisfies(p -> assertThat(p.recordedBy()).isEqualTo(MANAGER.login()));
    }
}
