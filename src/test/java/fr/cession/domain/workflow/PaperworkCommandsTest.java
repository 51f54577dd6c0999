package fr.cession.domain.workflow;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.ADV;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperworkCommandsTest {

    private final WorkflowFixture f = new WorkflowFixture();

    @Test
    void payments_are_checked_before_they_are_recorded() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        assertThatThrownBy(() -> f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR,
                new BigDecimal("10.001"), null, at("2026-04-02T10:00"), null, COMMERCIAL))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("payment.amount", "payment.receivedAt"));
        var file = f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("100.50"),
                at("2026-04-01T09:00"), null, " ", COMMERCIAL);
        assertThat(file.payments()).singleElement().satisfies(p -> {
            assertThat(p.isReceived()).isFalse();
            assertThat(p.reference()).isNull();
        });
    }

    @Test
    void a_proof_of_address_over_6_months_old_on_the_handover_day_is_not_validated() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        f.workflow.markDocumentReceived(f.id(), DocumentType.JUSTIFICATIF_DOMICILE, LocalDate.of(2025, 10, 1),
                null, COMMERCIAL);
        assertThatThrownBy(() -> f.workflow.validateDocument(f.id(), DocumentType.JUSTIFICATIF_DOMICILE, ADV))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Justificatif de domicile : émis le 01/10/2025, plus de 6 mois avant le 14/04/2026");
        var refused = f.workflow.refuseDocument(f.id(), DocumentType.JUSTIFICATIF_DOMICILE, "Plus de 6 mois", ADV);
        assertThat(refused.document(DocumentType.JUSTIFICATIF_DOMICILE)).get().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.REFUSE);
            assertThat(d.refusalReason()).isEqualTo("Plus de 6 mois");
        });
        assertThatThrownBy(() -> f.workflow.refuseDocument(f.id(), DocumentType.CNI, "floue", ADV))
                .hasMessageContaining("pas encore reçu");
        assertThatThrownBy(() -> f.workflow.refuseDocument(f.id(), DocumentType.JUSTIFICATIF_DOMICILE, "", ADV))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_document_issued_in_the_future_is_refused() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        assertThatThrownBy(() -> f.workflow.markDocumentReceived(f.id(), DocumentType.CNI, LocalDate.of(2026, 5, 1),
                null, COMMERCIAL)).isInstanceOf(ValidationException.class).hasMessageContaining("futur");
    }
}
