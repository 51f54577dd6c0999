package fr.cession.domain.workflow;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.rules.RuleViolation;
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
import static fr.cession.domain.workflow.WorkflowFixture.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderWorkflowTest {

    private final WorkflowFixture f = new WorkflowFixture();

    @Test
    void create_numbers_the_order_plans_the_destocking_and_lists_the_documents_in_one_save() {
        OrderFile file = f.create(TestOrders.order(PaymentMethod.VIR));
        assertThat(file.order().number()).isEqualTo("LYO-00001");
        assertThat(file.order().status()).isEqualTo(OrderStatus.RESERVEE);
        // 004:19 Activité créer "Demande de déstockage B2C" quand il n'y a pas de date de cession renseigner
        assertThat(file.activity(FakePlaybook.DESTOCKAGE)).get().satisfies(a -> {
            assertThat(a.dueAt()).isEqualTo(at("2026-04-02T18:00"));
            assertThat(file.itemsOf(a.id())).extracting(i -> i.lineCode()).containsExactly("mail_adv", "date_cession");
        });
        assertThat(file.documents()).extracting(d -> d.type()).containsExactly(DocumentType.CNI,
                DocumentType.JUSTIFICATIF_DOMICILE, DocumentType.PERMIS, DocumentType.ASSURANCE);
        assertThat(file.documents()).allMatch(d -> d.status() == DocumentStatus.MANQUANT);
        assertThat(f.repo.saves).hasSize(1);
    }

    @Test
    void create_keeps_a_back_office_number_and_refuses_it_twice_or_malformed() {
        OrderFile file = f.create(numbered(TestOrders.order(PaymentMethod.VIR), "BO-2026-0042"));
        assertThat(file.order().number()).isEqualTo("BO-2026-0042");
        assertThat(file.activities()).isNotEmpty();

        assertThatThrownBy(() -> f.create(numbered(TestOrders.order(PaymentMethod.VIR), "BO-2026-0042")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message).containsExactly("Numéro de commande « BO-2026-0042 » : déjà utilisé"));
        assertThatThrownBy(() -> f.create(numbered(TestOrders.order(PaymentMethod.VIR), "BO 42; --")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("number"));
        assertThat(f.repo.saves).hasSize(1);
    }

    private static Order numbered(Order o, String number) {
        return new Order(o.id(), number, o.status(), o.reservedOn(), o.reservationFee(), o.advisor(), o.owningSite(),
                o.customer(), o.vehicle(), o.handoverMode(), o.handoverAt(), o.paymentMethod(), o.financing(),
                o.vehicleReceivedOn(), o.withdrawalNoticeOn(), o.cancellation(), o.meta());
    }

    @Test
    void create_refuses_an_invalid_draft_with_every_field() {
        Order o = TestOrders.order(PaymentMethod.VIR);
        Vehicle v = o.vehicle();
        Order bad = TestOrders.withVehicle(o, new Vehicle("VF1", "AB-123-SS", v.make(), v.model(),
                v.firstRegistration(), null, null, null, v.price(), false, null));
        assertThatThrownBy(() -> f.create(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("vehicle.vin", "vehicle.plate"));
        assertThat(f.repo.saves).isEmpty();
    }

    // 004:26 a draft that already carries a date beyond 15 days asks the manager
    @Test
    void create_with_a_date_beyond_the_window_asks_the_manager() {
        OrderFile file = f.create(TestOrders.order(PaymentMethod.VIR).withHandoverAt(LocalDateTime.parse("2026-04-20T10:00")));
        assertThat(file.approvals()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ApprovalKind.DATE_CESSION_HORS_DELAI);
            assertThat(a.status()).isEqualTo(ApprovalStatus.DEMANDEE);
        });
        assertThat(file.activity(FakePlaybook.DESTOCKAGE)).isEmpty();
    }

    @Test
    void advance_refuses_with_the_reasons_and_check_shows_them_without_saving() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.advance(f.id(), COMMERCIAL); // RESERVEE -> DESTOCKAGE: nothing required
        int saves = f.repo.saves.size();
        assertThat(f.workflow.check(f.id())).extracting(RuleViolation::message)
                .containsExactly("Date de cession : non renseignée");
        assertThat(f.repo.saves).hasSize(saves);
        assertThatThrownBy(() -> f.workflow.advance(f.id(), COMMERCIAL))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::seedRef).containsExactly("004:26"));
        assertThat(f.file().order().status()).isEqualTo(OrderStatus.DESTOCKAGE);
    }

    /** The path of seed 004 from reservation to closing, paid by transfer, hand-over on site. */
    @Test
    void the_whole_path_of_a_transfer_order() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.advance(f.id(), COMMERCIAL);
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        OrderFile organised = f.workflow.advance(f.id(), COMMERCIAL);
        assertThat(organised.order().status()).isEqualTo(OrderStatus.ORGANISEE);
        // 004:36 "Vérification des documents B2C" ... "Inspecteur ou driiveme planifier B2C", due at J-5
        assertThat(organised.activity(FakePlaybook.VERIF_DOCS)).get()
                .extracting(a -> a.dueAt()).isEqualTo(at("2026-04-09T18:00"));
        assertThat(organised.activity(FakePlaybook.INSPECTEUR)).isPresent();

        f.now("2026-04-08T10:00");
        f.allDocumentsValid(LocalDate.of(2026, 3, 20));
        f.workflow.markDocumentReceived(f.id(), DocumentType.RAPPORT_CT, LocalDate.of(2026, 4, 2), null, ADV);
        f.workflow.recordPayment(f.id(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, new BigDecimal("500"),
                null, at("2026-04-01T12:00"), null, COMMERCIAL);
        assertThat(f.workflow.check(f.id())).extracting(RuleViolation::code).containsExactly("virement_72h");
        f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("14500"),
                at("2026-04-07T09:00"), null, null, COMMERCIAL);
        f.now("2026-04-10T10:00");
        var payment = f.file().payments().stream().filter(p -> p.kind() == PaymentKind.SOLDE).findFirst().orElseThrow();
        f.workflow.confirmPaymentReceived(f.id(), payment.id(), at("2026-04-10T09:00"), ADV);
        assertThat(f.workflow.advance(f.id(), ADV).order().status()).isEqualTo(OrderStatus.PAIEMENT_VERIFIE);

        f.now("2026-04-14T11:00");
        f.workflow.markDocumentReceived(f.id(), DocumentType.BON_DE_REMISE, LocalDate.of(2026, 4, 14), null, COMMERCIAL);
        f.workflow.markDocumentReceived(f.id(), DocumentType.CERFA_CESSION, LocalDate.of(2026, 4, 14), null, COMMERCIAL);
        OrderFile sold = f.workflow.advance(f.id(), COMMERCIAL);
        assertThat(sold.order().status()).isEqualTo(OrderStatus.VENDUE);
        // 004:65: sold at the hand-over, received that day: the 14-day withdrawal runs from it
        assertThat(sold.order().vehicleReceivedOn()).isEqualTo(LocalDate.of(2026, 4, 14));

        // 004:58 every activity done before closing
        assertThat(f.workflow.check(f.id())).extracting(RuleViolation::code).containsOnly("activites_terminees");
        for (String type : new String[] {FakePlaybook.DESTOCKAGE, FakePlaybook.VERIF_DOCS, FakePlaybook.INSPECTEUR,
                FakePlaybook.VENDU_P2P}) {
            f.finish(type);
        }
        OrderFile closed = f.workflow.advance(f.id(), COMMERCIAL);
        assertThat(closed.order().status()).isEqualTo(OrderStatus.CLOTUREE);
        assertThat(closed.activities()).allMatch(a -> a.state() == ActivityState.FAITE);
        assertThatThrownBy(() -> f.workflow.advance(f.id(), COMMERCIAL)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plus d'étape suivante");
    }

    // 004:33 "Si CHQ, vérifier l'accréditation de l'inspecteur"
    @Test
    void a_cheque_order_waits_for_the_inspector_accreditation_line() {
        f.create(TestOrders.order(PaymentMethod.CHQ));
        f.workflow.advance(f.id(), COMMERCIAL);
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        f.workflow.advance(f.id(), COMMERCIAL);
        assertThat(f.workflow.check(f.id())).extracting(RuleViolation::message)
                .contains("Ligne non cochée : « Vérifier l'accréditation de l'inspecteur »")
                .noneMatch(m -> m.startsWith("Virement"));
        var line = f.file().item("accreditation_inspecteur").orElseThrow();
        f.workflow.tick(f.id(), line.id(), COMMERCIAL);
        assertThat(f.workflow.check(f.id())).extracting(RuleViolation::message)
                .noneMatch(m -> m.startsWith("Ligne non cochée"));
    }

    // 004:53 "Si CRD, en informer son N+1 pour transférer des fonds du wallet Cofidis Ou Mobilize vers wallet acheteur"
    @Test
    void a_credit_order_is_sold_once_the_manager_moved_the_funds() {
        f.create(TestOrders.order(PaymentMethod.CRD, TestOrders.person(), HandoverMode.CESSION));
        assertThat(f.file().document(DocumentType.OFFRE_CREDIT)).isPresent();
        OrderFile asked = f.workflow.requestApproval(f.id(), ApprovalKind.TRANSFERT_FONDS_CREDIT, null,
                "Wallet Cofidis vers wallet acheteur", COMMERCIAL);
        var request = asked.approvals().get(0);
        assertThatThrownBy(() -> f.workflow.decideApproval(f.id(), request.id(), true, ADV))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Seul un manager");
        f.workflow.decideApproval(f.id(), request.id(), true, MANAGER);
        assertThat(f.file().approvals().get(0).status()).isEqualTo(ApprovalStatus.APPROUVEE);
        assertThatThrownBy(() -> f.workflow.decideApproval(f.id(), request.id(), false, MANAGER))
                .hasMessageContaining("déjà approuvée");
    }

    @Test
    void transfer_of_credit_funds_is_refused_for_an_order_without_credit() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        assertThatThrownBy(() -> f.workflow.requestApproval(f.id(), ApprovalKind.TRANSFERT_FONDS_CREDIT, null, null,
                COMMERCIAL)).hasMessageContaining("pas payée à crédit");
    }
}
