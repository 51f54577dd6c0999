package fr.cession.domain.workflow;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.aftersale.AfterSaleStatus;
import fr.cession.domain.aftersale.DisputeDecision;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.ADV;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static fr.cession.domain.workflow.WorkflowFixture.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After the hand-over (001:35-50, 003:6), through the workflow with the real playbook: a complaint
 * accepted or refused, a refused one disputed and decided by another manager, a return within the
 * seven days, its pick-up, inspection, cancellation and refund of what is held.
 */
class AfterSaleTest {

    private static final Actor OTHER_MANAGER = new Actor("mgr2", "Mona Manager", Role.MANAGER, "LYON");
    private static final String IBAN = "FR7630006000011234567890189";

    private final WorkflowFixture f = new WorkflowFixture(
            new PlaybookLoader(new FrenchCalendar()).load(Path.of("config/playbook-b2c.yaml")));

    /** Paid 15,000 €, handed over on 20/04/2026 at 10:00; {@code received} the day the buyer got the car, or none. */
    private OrderFile sold(LocalDate received) {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("15000"),
                at("2026-04-01T08:00"), at("2026-04-01T09:00"), null, COMMERCIAL);
        OrderFile before = f.file();
        var order = before.order().withHandoverAt(LocalDateTime.of(2026, 4, 20, 10, 0)).withStatus(OrderStatus.VENDUE)
                .withVehicleReceivedOn(received);
        return f.repo.save(before, before.withOrder(order), COMMERCIAL, at("2026-04-20T10:00"));
    }

    private void ribValidated() {
        f.workflow.markDocumentReceived(f.id(), DocumentType.RIB, null, IBAN, COMMERCIAL);
        f.workflow.validateDocument(f.id(), DocumentType.RIB, ADV);
    }

    private AfterSaleCase only(OrderFile file) {
        assertThat(file.afterSale()).hasSize(1);
        return file.afterSale().get(0);
    }

    private static void refusedWith(Runnable command, String key) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(RuleViolation::key).contains(key));
    }

    // ---- complaints (001:35 « retouche »)

    // 001:35 the buyer asks for a fix; 001:42 the advisor may accept it: the work is an activity with its due date
    @Test
    void an_accepted_complaint_becomes_work_with_its_due_date_and_keeps_the_order_open_until_answered() {
        sold(LocalDate.of(2026, 4, 20));
        f.now("2026-04-22T09:00");
        OrderFile opened = f.workflow.afterSale().openComplaint(f.id(), null, "Rayure sur la portière avant droite", COMMERCIAL);
        AfterSaleCase c = only(opened);
        assertThat(c.status()).isEqualTo(AfterSaleStatus.OUVERTE);
        assertThat(c.openedOn()).isEqualTo(LocalDate.of(2026, 4, 22));
        refusedWith(() -> f.workflow.advance(f.id(), MANAGER), "rule.aftersale.open");

        OrderFile accepted = f.workflow.afterSale().acceptComplaint(f.id(), c.id(), "Retouche peinture portière",
                at("2026-04-29T18:00"), COMMERCIAL);
        AfterSaleCase answered = only(accepted);
        assertThat(answered.status()).isEqualTo(AfterSaleStatus.ACCEPTEE);
        assertThat(answered.answeredBy()).isEqualTo("jdupont");
        var work = accepted.activities().stream().filter(a -> a.id().equals(answered.workActivityId())).findFirst()
                .orElseThrow();
        assertThat(work.title()).isEqualTo("Retouche : Retouche peinture portière");
        assertThat(work.dueAt()).isEqualTo(at("2026-04-29T18:00"));
        assertThat(work.state()).isEqualTo(ActivityState.OUVERTE);
    }

    @Test
    void a_complaint_needs_a_sold_order_what_is_asked_and_an_answer_says_why() {
        WorkflowFixture reserved = new WorkflowFixture(
                new PlaybookLoader(new FrenchCalendar()).load(Path.of("config/playbook-b2c.yaml")));
        reserved.create(TestOrders.order(PaymentMethod.VIR));
        refusedWith(() -> reserved.workflow.afterSale().openComplaint(reserved.id(), null, "Rayure", COMMERCIAL),
                "rule.complaint.notSold");
        sold(LocalDate.of(2026, 4, 20));
        f.now("2026-04-22T09:00");
        assertThatThrownBy(() -> f.workflow.afterSale().openComplaint(f.id(), null, "  ", COMMERCIAL))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Demande de l'acheteur : obligatoire");
        AfterSaleCase c = only(f.workflow.afterSale().openComplaint(f.id(), null, "Rayure", COMMERCIAL));
        assertThatThrownBy(() -> f.workflow.afterSale().refuseComplaint(f.id(), c.id(), "", COMMERCIAL))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Motif du refus : obligatoire");
        assertThatThrownBy(() -> f.workflow.afterSale().acceptComplaint(f.id(), c.id(), "Peinture", at("2026-04-21T18:00"),
                COMMERCIAL)).isInstanceOf(ValidationException.class).hasMessageContaining("Échéance : date passée");
        assertThat(only(f.file()).status()).as("nothing half-written").isEqualTo(AfterSaleStatus.OUVERTE);
    }

    // 001:35, 001:42: the workflow emits reclamation_ouverte and reclamation_repondue, a playbook may hang activities on them
    @Test
    void opening_and_answering_a_complaint_are_events_a_playbook_plans_from(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        String yaml = java.nio.file.Files.readString(Path.of("config/playbook-b2c.yaml"));
        String extra = """
                  - code: appel_reclamation
                    titre: "Appeler l'acheteur au sujet de sa réclamation"
                    source: "001:54"
                    declencheurs:
                      - evenement: reclamation_ouverte
                    echeance: {depuis: cession, jours: 1}
                    lignes:
                      - code: appel_reclamation_fait
                        texte: "Appel fait"
                        source: "001:54"
                  - code: suivi_reponse
                    titre: "Confirmer la réponse par écrit"
                    source: "001:54"
                    declencheurs:
                      - evenement: reclamation_repondue
                    echeance: {depuis: cession, jours: 2}
                    lignes:
                      - code: suivi_reponse_fait
                        texte: "Courrier envoyé"
                        source: "001:54"
                """;
        int at = yaml.indexOf("# -----------------------------------------------------------------------------\n# Documents");
        Path copy = dir.resolve("playbook.yaml");
        java.nio.file.Files.writeString(copy, yaml.substring(0, at) + extra + "\n" + yaml.substring(at));
        WorkflowFixture g = new WorkflowFixture(new PlaybookLoader(new FrenchCalendar()).load(copy));
        g.create(TestOrders.order(PaymentMethod.VIR));
        OrderFile before = g.file();
        g.repo.save(before, before.withOrder(before.order().withHandoverAt(LocalDateTime.of(2026, 4, 20, 10, 0))
                .withStatus(OrderStatus.VENDUE)), COMMERCIAL, at("2026-04-20T10:00"));
        g.now("2026-04-22T09:00");
        OrderFile opened = g.workflow.afterSale().openComplaint(g.id(), null, "Rayure", COMMERCIAL);
        assertThat(opened.activity("appel_reclamation")).isPresent();
        assertThat(opened.activity("suivi_reponse")).isEmpty();
        OrderFile answered = g.workflow.afterSale().refuseComplaint(g.id(), opened.afterSale().get(0).id(), "Hors garantie",
                COMMERCIAL);
        assertThat(answered.activity("suivi_reponse")).isPresent();
    }

    // ---- disputes (001:42 « aller en litige », 001:50)

    /** Complaint refused by the advisor, then raised as a dispute by {@code raiser}. */
    private AfterSaleCase disputed(Actor raiser) {
        sold(LocalDate.of(2026, 4, 20));
        f.now("2026-04-22T09:00");
        AfterSaleCase c = only(f.workflow.afterSale().openComplaint(f.id(), null, "Bruit au freinage", COMMERCIAL));
        f.workflow.afterSale().refuseComplaint(f.id(), c.id(), "Usure normale, signalée au contrôle de remise", COMMERCIAL);
        OrderFile file = f.workflow.afterSale().raiseDispute(f.id(), c.id(), "L'acheteur conteste", raiser);
        return only(file);
    }

    // 001:42 refused, the buyer goes to a dispute; 001:50 a manager decides; a partial refund takes the refund path (004:71)
    @Test
    void a_full_dispute_refused_complaint_then_a_partial_refund_to_the_ribs_iban_with_its_activity() {
        AfterSaleCase d = disputed(COMMERCIAL);
        assertThat(d.status()).isEqualTo(AfterSaleStatus.LITIGE);
        ApprovalRequest asked = f.file().approvals().stream().filter(a -> a.id().equals(d.approvalId())).findFirst()
                .orElseThrow();
        assertThat(asked.kind()).isEqualTo(ApprovalKind.LITIGE);
        assertThat(asked.status()).isEqualTo(ApprovalStatus.DEMANDEE);
        assertThat(asked.detail()).contains("Bruit au freinage").contains("Usure normale");
        // the generic approve of the inbox does not settle a dispute: it needs its decision
        refusedWith(() -> f.workflow.decideApproval(f.id(), asked.id(), true, MANAGER), "rule.dispute.decideAsDispute");

        ribValidated();
        f.now("2026-04-24T11:00");
        OrderFile decided = f.workflow.afterSale().decideDispute(f.id(), d.id(), DisputeDecision.REMBOURSEMENT_PARTIEL,
                new BigDecimal("400"), null, null, MANAGER);

        AfterSaleCase after = only(decided);
        assertThat(after.status()).isEqualTo(AfterSaleStatus.TRANCHEE);
        assertThat(after.decision()).isEqualTo(DisputeDecision.REMBOURSEMENT_PARTIEL);
        assertThat(after.decisionAmount()).isEqualByComparingTo("400");
        assertThat(decided.approvals()).filteredOn(a -> a.id().equals(d.approvalId())).singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(ApprovalStatus.APPROUVEE);
                    assertThat(a.decidedBy()).isEqualTo("mgr");
                    assertThat(a.amount()).isEqualByComparingTo("400");
                });
        Payment refund = decided.payments().stream().filter(p -> p.kind() == PaymentKind.REMBOURSEMENT).findFirst()
                .orElseThrow();
        assertThat(refund.amount()).isEqualByComparingTo("400");
        assertThat(refund.reference()).isEqualTo(IBAN);
        var pay = decided.activity("remboursement_a_payer").orElseThrow();
        assertThat(pay.assignee()).isEqualTo("mgr");
        assertThat(pay.dueAt()).as("14 days after the decision").isEqualTo(at("2026-05-08T18:00"));
        assertThat(decided.order().status()).isEqualTo(OrderStatus.VENDUE);
    }

    // 001:50 four eyes: the person who raised the dispute does not settle it, whatever the outcome
    @Test
    void the_manager_who_raised_a_dispute_cannot_decide_it_even_to_reject_and_an_advisor_never_can() {
        AfterSaleCase d = disputed(MANAGER);
        refusedWith(() -> f.workflow.afterSale().decideDispute(f.id(), d.id(), DisputeDecision.REJET, null, "Non fondé", null,
                MANAGER), "rule.dispute.ownRequest");
        refusedWith(() -> f.workflow.afterSale().decideDispute(f.id(), d.id(), DisputeDecision.REPARATION, null, null,
                at("2026-04-30T18:00"), MANAGER), "rule.dispute.ownRequest");
        refusedWith(() -> f.workflow.afterSale().decideDispute(f.id(), d.id(), DisputeDecision.REJET, null, "Non fondé", null,
                COMMERCIAL), "rule.dispute.managerOnly");
        assertThat(only(f.file()).status()).isEqualTo(AfterSaleStatus.LITIGE);

        OrderFile rejected = f.workflow.afterSale().decideDispute(f.id(), d.id(), DisputeDecision.REJET, null, "Non fondé", null,
                OTHER_MANAGER);
        assertThat(only(rejected).decision()).isEqualTo(DisputeDecision.REJET);
        assertThat(rejected.approvals()).filteredOn(a -> a.kind() == ApprovalKind.LITIGE).singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(ApprovalStatus.REFUSEE);
                    assertThat(a.refusalReason()).contains("Non fondé");
                });
        assertThat(rejected.payments()).noneMatch(p -> p.kind() == PaymentKind.REMBOURSEMENT);
    }

    // 001:5 money held until the order completes: a dispute's refund is never above what the order holds
    @Test
    void a_dispute_refund_is_capped_by_the_held_funds_and_a_full_refund_is_exactly_what_is_held() {
        AfterSaleCase d = disputed(COMMERCIAL);
        ribValidated();
        refusedWith(() -> f.workflow.afterSale().decideDispute(f.id(), d.id(), DisputeDecision.REMBOURSEMENT_PARTIEL,
                new BigDecimal("15000.01"), null, null, MANAGER), "rule.refund.aboveHeld");
        assertThatThrownBy(() -> f.workflow.afterSale().decideDispute(f.id(), d.id(), DisputeDecision.REMBOURSEMENT_PARTIEL,
                null, null, null, MANAGER)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Montant remboursé : obligatoire");
        assertThat(f.file().payments()).noneMatch(p -> p.kind() == PaymentKind.REMBOURSEMENT);

        OrderFile full = f.workflow.afterSale().decideDispute(f.id(), d.id(), DisputeDecision.REMBOURSEMENT, null, null, null,
                MANAGER);
        assertThat(full.payments()).filteredOn(p -> p.kind() == PaymentKind.REMBOURSEMENT).singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("15000"));
        assertThat(RefundDesk.held(full)).isZero();
    }

    @Test
    void a_dispute_refund_waits_for_a_validated_rib_and_a_repair_becomes_an_activity() {
        AfterSaleCase d = disputed(COMMERCIAL);
        refusedWith(() -> f.workflow.afterSale().decideDispute(f.id(), d.id(), DisputeDecision.REMBOURSEMENT, null, null, null,
                MANAGER), "rule.dispute.ribMissing");
        OrderFile repaired = f.workflow.afterSale().decideDispute(f.id(), d.id(), DisputeDecision.REPARATION, null,
                "Remplacer les plaquettes", at("2026-04-30T18:00"), MANAGER);
        AfterSaleCase after = only(repaired);
        assertThat(after.decision()).isEqualTo(DisputeDecision.REPARATION);
        assertThat(repaired.activities()).filteredOn(a -> a.id().equals(after.workActivityId())).singleElement()
                .satisfies(a -> {
                    assertThat(a.title()).isEqualTo("Réparation (litige) : Remplacer les plaquettes");
                    assertThat(a.dueAt()).isEqualTo(at("2026-04-30T18:00"));
                });
    }

    // ---- returns (003:6 « une politique de retour de sept jours »)

    // 003:6: received on 20/04, the seventh day after is 27/04: a notice that day is in time, the 28th is late
    @Test
    void a_return_notice_on_day_7_is_accepted_and_on_day_8_refused() {
        sold(LocalDate.of(2026, 4, 20));
        f.now("2026-04-28T09:00");
        refusedWith(() -> f.workflow.afterSale().recordReturnNotice(f.id(), LocalDate.of(2026, 4, 28), "Ne convient pas",
                COMMERCIAL), "rule.return.late");
        assertThatThrownBy(() -> f.workflow.afterSale().recordReturnNotice(f.id(), LocalDate.of(2026, 4, 28), "Ne convient pas",
                COMMERCIAL)).hasMessageContaining("28/04/2026").hasMessageContaining("27/04/2026");
        assertThat(f.file().afterSale()).isEmpty();

        OrderFile ok = f.workflow.afterSale().recordReturnNotice(f.id(), LocalDate.of(2026, 4, 27), "Ne convient pas", COMMERCIAL);
        assertThat(only(ok).status()).isEqualTo(AfterSaleStatus.RETOUR_NOTIFIE);
    }

    // 003:6 without a recorded reception, the window runs from the hand-over day (20/04)
    @Test
    void without_a_reception_day_the_window_runs_from_the_hand_over() {
        sold(null);
        f.now("2026-04-30T09:00");
        refusedWith(() -> f.workflow.afterSale().recordReturnNotice(f.id(), LocalDate.of(2026, 4, 28), "Trop grande",
                COMMERCIAL), "rule.return.late");
        assertThat(f.workflow.afterSale().recordReturnNotice(f.id(), LocalDate.of(2026, 4, 27), "Trop grande", COMMERCIAL)
                .afterSale()).hasSize(1);
    }

    // 003:6 the return's process: notice, pick-up (DRIIVEME), inspection, cancellation and refund within 14 days of the notice
    @Test
    void a_full_return_notice_pickup_inspection_cancellation_and_refund_of_what_is_held() {
        sold(LocalDate.of(2026, 4, 20));
        f.now("2026-04-23T09:00");
        AfterSaleCase notice = only(f.workflow.afterSale().recordReturnNotice(f.id(), LocalDate.of(2026, 4, 23),
                "Le client change d'avis", COMMERCIAL));
        assertThatThrownBy(() -> f.workflow.afterSale().inspectReturn(f.id(), notice.id(), 45_100, "aucun", COMMERCIAL))
                .as("no inspection before the pick-up").isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> f.workflow.afterSale().bookReturnPickup(f.id(), notice.id(), LocalDate.of(2026, 4, 25), " ",
                COMMERCIAL)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Réservation DRIIVEME : référence obligatoire");
        f.workflow.afterSale().bookReturnPickup(f.id(), notice.id(), LocalDate.of(2026, 4, 25), "DRV-2026-0425", COMMERCIAL);
        assertThat(only(f.file()).status()).isEqualTo(AfterSaleStatus.ENLEVEMENT_PLANIFIE);

        f.now("2026-04-25T16:00");
        assertThatThrownBy(() -> f.workflow.afterSale().inspectReturn(f.id(), notice.id(), null, "aucun", COMMERCIAL))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Kilométrage au retour : obligatoire");
        assertThatThrownBy(() -> f.workflow.afterSale().inspectReturn(f.id(), notice.id(), 61_999, "aucun", COMMERCIAL))
                .isInstanceOf(ValidationException.class).hasMessageContaining("inférieur au kilométrage à la vente");
        OrderFile back = f.workflow.afterSale().inspectReturn(f.id(), notice.id(), 62_380, "Jante arrière gauche frottée",
                COMMERCIAL);
        AfterSaleCase inspected = only(back);
        assertThat(inspected.status()).isEqualTo(AfterSaleStatus.INSPECTE);
        assertThat(inspected.mileageKm()).isEqualTo(62_380);
        assertThat(inspected.damage()).isEqualTo("Jante arrière gauche frottée");
        assertThat(back.order().status()).isEqualTo(OrderStatus.ANNULEE);
        assertThat(back.order().cancellation().cancellationCase()).isEqualTo(CancellationCase.RETOUR);
        assertThat(back.order().cancellation().statusBefore()).isEqualTo(OrderStatus.VENDUE);
        ApprovalRequest refund = back.approvals().stream().filter(a -> a.kind() == ApprovalKind.REMBOURSEMENT)
                .findFirst().orElseThrow();
        assertThat(refund.amount()).isEqualByComparingTo("15000");
        assertThat(refund.detail()).contains("2026-05-07");

        for (DocumentType t : new DocumentType[] {DocumentType.PIECE_IDENTITE_KYC_1, DocumentType.PIECE_IDENTITE_KYC_2,
                DocumentType.RIB}) {
            assertThat(back.document(t)).as("KYC 2 asked for the return's refund (004:67)").isPresent();
            f.workflow.markDocumentReceived(f.id(), t, null, t == DocumentType.RIB ? IBAN : null, COMMERCIAL);
            f.workflow.validateDocument(f.id(), t, ADV);
        }
        f.now("2026-04-28T10:00");
        OrderFile approved = f.workflow.decideApproval(f.id(), refund.id(), true, MANAGER);
        Payment owed = approved.payments().stream().filter(p -> p.kind() == PaymentKind.REMBOURSEMENT).findFirst()
                .orElseThrow();
        assertThat(owed.amount()).isEqualByComparingTo("15000");
        assertThat(owed.reference()).isEqualTo(IBAN);
        assertThat(approved.activity("remboursement_a_payer").orElseThrow().dueAt())
                .as("14 days after the return notice of 23/04").isEqualTo(at("2026-05-07T18:00"));

        OrderFile paid = f.workflow.confirmPaymentReceived(f.id(), owed.id(), at("2026-04-28T09:30"), MANAGER);
        assertThat(paid.activity("remboursement_a_payer").orElseThrow().state()).isEqualTo(ActivityState.FAITE);
        assertThat(RefundDesk.held(paid)).isZero();
    }

    @Test
    void a_return_is_not_a_plain_cancellation_and_happens_once() {
        sold(LocalDate.of(2026, 4, 20));
        f.now("2026-04-23T09:00");
        refusedWith(() -> f.workflow.cancel(f.id(), CancellationCase.RETOUR, "retour", COMMERCIAL),
                "rule.return.byInspection");
        f.workflow.afterSale().recordReturnNotice(f.id(), LocalDate.of(2026, 4, 23), "Change d'avis", COMMERCIAL);
        refusedWith(() -> f.workflow.afterSale().recordReturnNotice(f.id(), LocalDate.of(2026, 4, 23), "Encore", COMMERCIAL),
                "rule.return.already");
    }
}
