package fr.cession.domain.workflow;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.contact.AgreementDraft;
import fr.cession.domain.contact.CallOutcome;
import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.contact.ContactDraft;
import fr.cession.domain.contact.ContactSubject;
import fr.cession.domain.contact.FollowUpDraft;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileDiff;
import fr.cession.domain.order.FinancingCover;
import fr.cession.domain.order.OrderStatus;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.ADV;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 002: contact reports, agreements made official, and the after-sale call (004:56). */
class ContactWorkflowTest {

    private final WorkflowFixture f = new WorkflowFixture();

    private static ContactDraft call(String account, String next, String nextAt) {
        return new ContactDraft(ContactSubject.CLIENT, ContactChannel.VISITE, at("2026-04-01T09:30"), account, next,
                nextAt == null ? null : at(nextAt));
    }

    // 002:17 "un rapport de visite où il peut consigner des informations contextuelles ... objectif"
    @Test
    void a_report_with_a_next_step_plans_an_activity_of_its_author() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        OrderFile file = f.workflow.relationship().recordContact(f.id(), call("Magasin ouvert, deux salariés présents",
                "Rappeler pour le financement", "2026-04-03T10:00"), COMMERCIAL);

        assertThat(file.contacts()).singleElement().satisfies(r -> {
            assertThat(r.author()).isEqualTo("jdupont");
            assertThat(r.subject()).isEqualTo(ContactSubject.CLIENT);
            assertThat(r.account()).isEqualTo("Magasin ouvert, deux salariés présents");
            assertThat(r.nextActivityId()).isNotNull();
            var next = file.activities().stream().filter(a -> a.id().equals(r.nextActivityId())).findFirst()
                    .orElseThrow();
            assertThat(next.title()).isEqualTo("Suite du contact : Rappeler pour le financement");
            assertThat(next.assignee()).isEqualTo("jdupont");
            assertThat(next.dueAt()).isEqualTo(at("2026-04-03T10:00"));
            assertThat(next.state()).isEqualTo(ActivityState.OUVERTE);
        });
        // one save: the report and its activity travel together (order-centric sync)
        List<Change> changes = new OrderFileDiff(UUID::randomUUID).changes(null, file, COMMERCIAL, at("2026-04-01T10:00"));
        assertThat(changes).extracting(Change::entity).contains(EntityKind.CONTACT, EntityKind.ACTIVITE);
    }

    @Test
    void a_report_without_account_or_with_a_step_and_no_date_is_refused_naming_each_field() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        int saves = f.repo.saves.size();
        assertThatThrownBy(() -> f.workflow.relationship().recordContact(f.id(), call("  ", "Rappeler", null), COMMERCIAL))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("contact.account",
                                        "Compte rendu : obligatoire (les faits vus ou entendus)"),
                                org.assertj.core.groups.Tuple.tuple("contact.nextStepAt",
                                        "Date de la prochaine étape : obligatoire avec une étape")));
        assertThatThrownBy(() -> f.workflow.relationship().recordContact(f.id(), new ContactDraft(ContactSubject.COMMANDE,
                ContactChannel.APPEL, at("2026-04-02T09:30"), "Appel", null, null), COMMERCIAL))
                .hasMessageContaining("Date du contact : dans le futur");
        assertThatThrownBy(() -> f.workflow.relationship().recordContact(f.id(), call("Vu", "Relancer", "2026-03-30T10:00"),
                COMMERCIAL)).hasMessageContaining("Date de la prochaine étape : date passée");
        assertThat(f.repo.saves).hasSize(saves);
        assertThat(f.file().contacts()).isEmpty();
    }

    // 002:19-21 "prend les accords ... les officialise": price, payment terms, delivery; 004:8 financing covers
    @Test
    void agreements_are_recorded_on_the_order_and_a_change_keeps_who_when_before_and_after() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        OrderFile first = f.workflow.relationship().agree(f.id(), new AgreementDraft(new BigDecimal("14800"), PaymentMethod.CRD,
                "Solde par crédit Cofidis, fonds 48 h avant la cession", "Cession à l'agence, véhicule nettoyé",
                new BigDecimal("2000"), new BigDecimal("12800"), Set.of(FinancingCover.CG, FinancingCover.LIVRAISON), fr.cession.domain.order.Lender.COFIDIS),
                COMMERCIAL);
        assertThat(first.agreement()).get().satisfies(a -> {
            assertThat(a.agreedPrice()).isEqualByComparingTo("14800");
            assertThat(a.deliveryTerms()).isEqualTo("Cession à l'agence, véhicule nettoyé");
        });
        assertThat(first.order().paymentMethod()).isEqualTo(PaymentMethod.CRD);
        assertThat(first.order().financing().covers()).containsExactlyInAnyOrder(FinancingCover.CG,
                FinancingCover.LIVRAISON);

        f.now("2026-04-02T15:00");
        OrderFile second = f.workflow.relationship().agree(f.id(), new AgreementDraft(new BigDecimal("14500"), PaymentMethod.CRD,
                "Solde par crédit Cofidis, fonds 48 h avant la cession", "Cession à l'agence, véhicule nettoyé",
                new BigDecimal("2000"), new BigDecimal("12500"), Set.of(FinancingCover.CG), null), ADV);
        // what the store writes to the history: who, when, each field before and after
        List<Change> changes = new OrderFileDiff(UUID::randomUUID).changes(first, second, ADV, at("2026-04-02T15:00"));
        assertThat(changes).filteredOn(c -> c.entity() == EntityKind.ACCORD).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("adv");
            assertThat(c.at()).isEqualTo(at("2026-04-02T15:00"));
            assertThat(c.fields()).containsExactly(new FieldChange("agreed_price", "14800.00", "14500.00"));
        });
        assertThat(changes).filteredOn(c -> c.entity() == EntityKind.COMMANDE).singleElement()
                .satisfies(c -> assertThat(c.fields()).contains(
                        new FieldChange("financed_amount", "12800.00", "12500.00"),
                        new FieldChange("financing_covers", "CG,LIVRAISON", "CG")));
    }

    @Test
    void agreements_without_terms_or_a_credit_without_amount_are_refused() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        assertThatThrownBy(() -> f.workflow.relationship().agree(f.id(), new AgreementDraft(null, PaymentMethod.CRD, " ", null,
                null, null, Set.of(), null), COMMERCIAL))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message).containsExactlyInAnyOrder("Prix convenu : obligatoire",
                                "Conditions de paiement : obligatoires", "Conditions de livraison : obligatoires",
                                "Montant financé : obligatoire pour un crédit"));
        assertThat(f.file().agreement()).isEmpty();
    }

    private void sold() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        f.workflow.advance(f.id(), COMMERCIAL);
        f.workflow.setHandoverDate(f.id(), LocalDateTime.parse("2026-04-14T10:00"), COMMERCIAL);
        f.workflow.advance(f.id(), COMMERCIAL);
        f.now("2026-04-08T10:00");
        f.allDocumentsValid(LocalDate.of(2026, 3, 20));
        f.workflow.markDocumentReceived(f.id(), DocumentType.RAPPORT_CT, LocalDate.of(2026, 4, 2), null, ADV);
        f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("15000"),
                at("2026-04-07T09:00"), at("2026-04-08T09:00"), null, COMMERCIAL);
        f.now("2026-04-10T10:00");
        f.workflow.advance(f.id(), ADV);
        f.now("2026-04-14T11:00");
        f.workflow.markDocumentReceived(f.id(), DocumentType.BON_DE_REMISE, LocalDate.of(2026, 4, 14), null, COMMERCIAL);
        f.workflow.markDocumentReceived(f.id(), DocumentType.CERFA_CESSION, LocalDate.of(2026, 4, 14), null, COMMERCIAL);
        assertThat(f.workflow.advance(f.id(), COMMERCIAL).order().status()).isEqualTo(OrderStatus.VENDUE);
    }

    // 004:56 "appeler acheteur = DEMANDE D'AVIS"; 001: a review completes the order before the 7 days
    @Test
    void a_rating_on_the_after_sale_call_closes_the_sold_order_through_the_normal_transition() {
        sold();
        f.now("2026-04-15T10:00");
        // an open activity holds the closing (activites_terminees): the call is recorded, the order stays sold
        OrderFile held = f.workflow.relationship().recordFollowUpCall(f.id(), new FollowUpDraft(at("2026-04-15T09:50"),
                CallOutcome.SATISFAIT, 5, "Très bon accueil", null), COMMERCIAL);
        assertThat(held.order().status()).isEqualTo(OrderStatus.VENDUE);
        assertThat(held.contacts()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(CallOutcome.SATISFAIT);
            assertThat(r.rating()).isEqualTo(5);
            assertThat(r.channel()).isEqualTo(ContactChannel.APPEL);
        });
        for (String type : new String[] {FakePlaybook.DESTOCKAGE, FakePlaybook.VERIF_DOCS, FakePlaybook.INSPECTEUR,
                FakePlaybook.VENDU_P2P}) {
            f.finish(type);
        }
        OrderFile closed = f.workflow.relationship().recordFollowUpCall(f.id(), new FollowUpDraft(at("2026-04-15T10:00"),
                CallOutcome.AVIS_DEMANDE, 4, null, "Avis laissé en ligne"), COMMERCIAL);
        assertThat(closed.order().status()).isEqualTo(OrderStatus.CLOTUREE);
        assertThat(closed.contacts()).hasSize(2);
    }

    @Test
    void a_follow_up_call_before_the_sale_is_refused() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        assertThatThrownBy(() -> f.workflow.relationship().recordFollowUpCall(f.id(), new FollowUpDraft(at("2026-04-01T09:00"),
                CallOutcome.SATISFAIT, null, null, null), COMMERCIAL)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("il se fait après la vente");
        assertThat(f.file().contacts()).isEmpty();
    }

    @Test
    void a_rating_outside_one_to_five_names_the_field_and_an_outcome_without_rating_keeps_the_order_sold() {
        sold();
        assertThatThrownBy(() -> f.workflow.relationship().recordFollowUpCall(f.id(), new FollowUpDraft(at("2026-04-14T10:00"),
                null, 6, null, null), COMMERCIAL))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("followUp.outcome", "followUp.rating"));
        OrderFile problem = f.workflow.relationship().recordFollowUpCall(f.id(), new FollowUpDraft(at("2026-04-14T10:30"),
                CallOutcome.PROBLEME, null, "Rayure sur la portière", null), COMMERCIAL);
        assertThat(problem.order().status()).isEqualTo(OrderStatus.VENDUE);
    }
}
