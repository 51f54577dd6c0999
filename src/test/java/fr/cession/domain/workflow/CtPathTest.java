package fr.cession.domain.workflow;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.time.FrenchCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.ADV;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CT path with the playbook users edit: 004:23 "Si CT + 5 mois, si vh 3 ans et 11 mois" orders a
 * CT at the destocking, 004:42 "CT reçu et mis dans le BO ou validation du passage de CT dans le pipe
 * par l'ADV" blocks "Paiement vérifié" until the report is in hand. The report is listed in the
 * order's documents from "Cession/livraison organisée", the status the rule blocks, so the person
 * refused can mark it received where the refusal says.
 */
class CtPathTest {

    private final WorkflowFixture f = new WorkflowFixture(
            new PlaybookLoader(new FrenchCalendar()).load(Path.of("config/playbook-b2c.yaml")));

    private void organised(LocalDate firstRegistration) {
        Vehicle v = TestOrders.vehicle(firstRegistration);
        // a vehicle too young for a CT has never had one
        LocalDate lastCt = firstRegistration.plusYears(4).isAfter(TestOrders.RESERVED) ? null : v.lastCt();
        Vehicle vehicle = new Vehicle(v.vin(), v.plate(), v.make(), v.model(), firstRegistration, lastCt,
                v.lastService(), v.mileageKm(), v.price(), false, v.partnerSeller());
        Order draft = TestOrders.withVehicle(TestOrders.order(PaymentMethod.VIR, TestOrders.person(),
                HandoverMode.CESSION), vehicle);
        f.create(draft);
        f.workflow.advance(f.id(), COMMERCIAL);
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        f.workflow.advance(f.id(), COMMERCIAL);
        assertThat(f.file().order().status()).isEqualTo(OrderStatus.ORGANISEE);
    }

    /** Every listed document but the CT report received and validated, and the transfer received. */
    private void paperworkAndFundsExceptCt() {
        f.now("2026-04-09T10:00");
        for (var doc : f.file().documents()) {
            if (doc.type() != DocumentType.RAPPORT_CT) {
                f.workflow.markDocumentReceived(f.id(), doc.type(), LocalDate.of(2026, 3, 20), null, ADV);
                f.workflow.validateDocument(f.id(), doc.type(), ADV);
            }
        }
        f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("15000"),
                at("2026-04-08T09:00"), at("2026-04-09T09:00"), null, COMMERCIAL);
    }

    // 004:23 and 004:42: a 6-year-old vehicle goes from Réservée to Clôturée once its CT report is received
    @Test
    void a_vehicle_of_six_years_reaches_cloturee_once_its_ct_report_is_received() {
        organised(LocalDate.of(2020, 3, 1));
        assertThat(f.file().document(DocumentType.RAPPORT_CT)).get()
                .extracting(d -> d.status()).isEqualTo(DocumentStatus.MANQUANT);
        paperworkAndFundsExceptCt();

        assertThat(f.workflow.check(f.id())).filteredOn(v -> v.code().equals(RuleCode.CT_VALIDE.code()))
                .singleElement().satisfies(v -> {
                    assertThat(v.seedRef()).isEqualTo("004:42");
                    assertThat(v.message()).contains("procès-verbal non reçu")
                            .contains("marquez le procès-verbal de contrôle technique reçu dans Documents")
                            .contains("faites-le valider par l'ADV");
                    assertThat(v.key()).isEqualTo("rule.ct.missing");
                });

        // 004:42 "CT reçu et mis dans le BO": received is enough, no ADV validation needed
        f.workflow.markDocumentReceived(f.id(), DocumentType.RAPPORT_CT, LocalDate.of(2026, 4, 2), null, ADV);
        assertThat(f.workflow.check(f.id())).isEmpty();
        f.workflow.advance(f.id(), ADV);
        assertThat(f.file().order().status()).isEqualTo(OrderStatus.PAIEMENT_VERIFIE);

        f.now("2026-04-14T12:00");
        for (DocumentType t : new DocumentType[] {DocumentType.BON_DE_REMISE, DocumentType.CERFA_CESSION,
                DocumentType.CG_BARREE}) {
            f.workflow.markDocumentReceived(f.id(), t, LocalDate.of(2026, 4, 14), null, ADV);
        }
        f.workflow.advance(f.id(), COMMERCIAL);
        assertThat(f.file().order().status()).isEqualTo(OrderStatus.VENDUE);

        for (Activity a : f.file().activities()) {
            if (a.isOpen()) {
                f.finish(a.typeCode());
            }
        }
        assertThat(f.workflow.check(f.id())).isEmpty();
        OrderFile closed = f.workflow.advance(f.id(), COMMERCIAL);
        assertThat(closed.order().status()).isEqualTo(OrderStatus.CLOTUREE);
    }

    // 004:42: the report validated by ADV counts as well ("ou validation du passage de CT ... par l'ADV")
    @Test
    void a_report_validated_by_adv_lets_the_order_through() {
        organised(LocalDate.of(2020, 3, 1));
        paperworkAndFundsExceptCt();
        f.workflow.markDocumentReceived(f.id(), DocumentType.RAPPORT_CT, LocalDate.of(2026, 4, 2), null, ADV);
        f.workflow.validateDocument(f.id(), DocumentType.RAPPORT_CT, ADV);
        assertThat(f.workflow.check(f.id())).extracting(RuleViolation::code).doesNotContain(RuleCode.CT_VALIDE.code());
    }

    // 004:23 "si vh 3 ans et 11 mois": a 2-year-old vehicle has no CT; it is never asked for nor blocks
    @Test
    void a_young_vehicle_is_never_blocked_by_the_ct() {
        organised(LocalDate.of(2024, 6, 1));
        assertThat(f.file().document(DocumentType.RAPPORT_CT)).isEmpty();
        paperworkAndFundsExceptCt();
        assertThat(f.workflow.check(f.id())).isEmpty();
        f.workflow.advance(f.id(), ADV);
        assertThat(f.file().order().status()).isEqualTo(OrderStatus.PAIEMENT_VERIFIE);
        assertThat(f.file().document(DocumentType.RAPPORT_CT)).isEmpty();
    }

    // 004:42: the checklist line says where to act, since ticking it does not mark the report received
    @Test
    void the_ct_line_says_where_to_act() {
        organised(LocalDate.of(2020, 3, 1));
        assertThat(f.file().item("ct_recu_bo")).get().extracting(i -> i.label()).asString()
                .contains("Documents");
    }
}
