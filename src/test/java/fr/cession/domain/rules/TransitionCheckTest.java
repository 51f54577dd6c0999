package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.workflow.FakePlaybook;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.rules.TestOrders.document;
import static fr.cession.domain.rules.TestOrders.payment;
import static org.assertj.core.api.Assertions.assertThat;

class TransitionCheckTest {

    private final TransitionCheck check = new TransitionCheck(new FakePlaybook());
    private final LocalDateTime rdv = LocalDateTime.parse("2026-04-14T10:00");

    private static OrderFile documentsIn(OrderFile f) {
        OrderFile out = f;
        for (DocumentType t : new DocumentType[] {DocumentType.CNI, DocumentType.JUSTIFICATIF_DOMICILE,
                DocumentType.PERMIS, DocumentType.ASSURANCE, DocumentType.RAPPORT_CT}) {
            out = out.withDocument(document(t, DocumentStatus.VALIDE, LocalDate.of(2026, 3, 1)));
        }
        return out;
    }

    @Test
    void every_playbook_rule_code_has_its_rule_class() {
        for (RuleCode code : RuleCode.values()) {
            assertThat(check.rule(code)).as(code.code()).isNotNull();
        }
    }

    // 004:40 applies to a transfer only: virement_72h required by the playbook passes for a cheque payment
    @Test
    void a_rule_that_does_not_concern_the_order_passes() {
        OrderFile chq = documentsIn(TestOrders.file(TestOrders.order(PaymentMethod.CHQ).withHandoverAt(rdv)
                .withStatus(OrderStatus.ORGANISEE)))
                .withPayment(payment(PaymentKind.SOLDE, PaymentMethod.CHQ, "15000.00", null, at("2026-04-10T10:00"), null));
        assertThat(check.check(chq, OrderStatus.PAIEMENT_VERIFIE, at("2026-04-11T10:00"))).isEmpty();
    }

    @Test
    void all_the_reasons_are_given_at_once() {
        OrderFile vir = TestOrders.file(TestOrders.order(PaymentMethod.VIR).withHandoverAt(rdv)
                .withStatus(OrderStatus.ORGANISEE));
        assertThat(check.check(vir, OrderStatus.PAIEMENT_VERIFIE, at("2026-04-13T10:00")))
                .extracting(RuleViolation::code)
                .contains("fonds_48h", "virement_72h", "documents_valides", "ct_valide")
                .doesNotContain("credit_sans_reserve");
    }

    // 004:50 "Ne pas passer le VH en vendu si pas de doc (Bon de remise, Cerfa)"
    @Test
    void vendue_needs_the_bon_de_remise_and_the_cerfa() {
        OrderFile verified = TestOrders.file(TestOrders.order(PaymentMethod.VIR).withHandoverAt(rdv)
                .withStatus(OrderStatus.PAIEMENT_VERIFIE));
        assertThat(check.check(verified, OrderStatus.VENDUE, at("2026-04-14T12:00")))
                .extracting(RuleViolation::message)
                .containsExactly("Passage en vendue impossible : Bon de remise manquant",
                        "Passage en vendue impossible : Cerfa de cession manquant");
    }
}
