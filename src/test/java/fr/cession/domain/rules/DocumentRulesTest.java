package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.workflow.FakePlaybook;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.rules.TestOrders.document;
import static fr.cession.domain.rules.TestOrders.payment;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentRulesTest {

    private final LocalDateTime rdv = LocalDateTime.parse("2026-04-14T10:00");
    private final OrderFile person = TestOrders.file(TestOrders.order(PaymentMethod.VIR).withHandoverAt(rdv));

    private static OrderFile withAllValid(OrderFile f, DocumentType... types) {
        OrderFile out = f;
        for (DocumentType t : types) {
            out = out.withDocument(document(t, DocumentStatus.VALIDE, LocalDate.of(2026, 3, 1)));
        }
        return out;
    }

    @Test
    void proof_of_address_under_6_months_and_kbis_under_2_years_on_the_handover_day() {
        var validity = new DocumentValidity(RuleSettings.SEED_004);
        LocalDate day = LocalDate.of(2026, 4, 14);
        assertThat(validity.problem(document(DocumentType.JUSTIFICATIF_DOMICILE, DocumentStatus.VALIDE,
                LocalDate.of(2025, 10, 15)), day)).isEmpty();
        assertThat(validity.problem(document(DocumentType.JUSTIFICATIF_DOMICILE, DocumentStatus.VALIDE,
                LocalDate.of(2025, 10, 14)), day)).contains(
                "Justificatif de domicile : émis le 14/10/2025, plus de 6 mois avant le 14/04/2026");
        assertThat(validity.problem(document(DocumentType.KBIS, DocumentStatus.VALIDE,
                LocalDate.of(2024, 4, 15)), day)).isEmpty();
        assertThat(validity.problem(document(DocumentType.KBIS, DocumentStatus.VALIDE,
                LocalDate.of(2024, 4, 14)), day)).isPresent();
        assertThat(validity.problem(document(DocumentType.KBIS, DocumentStatus.VALIDE, null), day).orElseThrow())
                .contains("date d'émission non renseignée");
        assertThat(validity.problem(document(DocumentType.CNI, DocumentStatus.VALIDE, null), day)).isEmpty();
    }

    // 004:43 "Validation des documents nécessaires à J–3 avant la cession"
    @Test
    void validation_des_documents_necessaires() {
        var rule = new DocumentsValid(new FakePlaybook()); // CNI, justificatif, permis, assurance
        OrderFile partly = withAllValid(person, DocumentType.CNI, DocumentType.PERMIS)
                .withDocument(document(DocumentType.ASSURANCE, DocumentStatus.RECU, LocalDate.of(2026, 4, 2)))
                .withDocument(document(DocumentType.JUSTIFICATIF_DOMICILE, DocumentStatus.VALIDE,
                        LocalDate.of(2025, 9, 1)));
        assertThat(rule.check(partly, at("2026-04-11T10:00"))).extracting(RuleViolation::message).containsExactly(
                "Justificatif de domicile : émis le 01/09/2025, plus de 6 mois avant le 14/04/2026",
                "Attestation d'assurance : reçu mais pas encore validé");
        OrderFile all = withAllValid(person, DocumentType.CNI, DocumentType.PERMIS, DocumentType.ASSURANCE,
                DocumentType.JUSTIFICATIF_DOMICILE);
        assertThat(rule.check(all, at("2026-04-11T10:00"))).isEmpty();
        assertThat(rule.check(person, at("2026-04-11T10:00"))).extracting(RuleViolation::message)
                .contains("Carte d'identité : manquant");
    }

    // 004:13 "Si pro : Kbis, Cni du gérant, Permis de la personne qui récupère le vo, VIR fait au nom de la société"
    @Test
    void si_pro_kbis_cni_du_gerant_permis_du_collecteur_et_vir_au_nom_de_la_societe() {
        var rule = new CompanyBuyerPapers();
        OrderFile pro = TestOrders.file(TestOrders.order(PaymentMethod.VIR, TestOrders.company(),
                HandoverMode.CESSION).withHandoverAt(rdv));
        assertThat(rule.papers(pro)).extracting(RuleViolation::message).containsExactly(
                "Acheteur société : Extrait Kbis non validé",
                "Acheteur société : Carte d'identité du gérant non validé",
                "Acheteur société : Permis de la personne qui récupère le véhicule non validé");
        OrderFile papers = withAllValid(pro, DocumentType.KBIS, DocumentType.CNI_GERANT, DocumentType.PERMIS_COLLECTEUR);
        assertThat(rule.papers(papers)).isEmpty();

        OrderFile privateTransfer = papers.withPayment(payment(PaymentKind.SOLDE, PaymentMethod.VIR, "14500.00",
                at("2026-04-10T10:00"), at("2026-04-11T10:00"), "M. Paul Durand"));
        assertThat(rule.transferHolder(privateTransfer)).singleElement().extracting(RuleViolation::message)
                .asString().contains("au nom de « Transports Durand »", "M. Paul Durand");
        OrderFile companyTransfer = papers.withPayment(payment(PaymentKind.SOLDE, PaymentMethod.VIR, "14500.00",
                at("2026-04-10T10:00"), at("2026-04-11T10:00"), "SARL TRANSPORTS DURAND"));
        assertThat(rule.check(companyTransfer, at("2026-04-11T10:00"))).isEmpty();
        assertThat(rule.check(person, at("2026-04-11T10:00"))).isEmpty();
    }

    // 004:50 "Ne pas passer le VH en vendu si pas de doc (Bon de remise, Cerfa)"
    @Test
    void ne_pas_passer_en_vendu_sans_bon_de_remise_ni_cerfa() {
        var rule = new DocumentsInHand();
        List<DocumentType> needed = List.of(DocumentType.BON_DE_REMISE, DocumentType.CERFA_CESSION);
        OrderFile cerfaOnly = person.withDocument(document(DocumentType.CERFA_CESSION, DocumentStatus.RECU, null));
        assertThat(rule.check(cerfaOnly, OrderStatus.VENDUE, needed, "004:50")).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("Passage en vendue impossible : Bon de remise manquant");
            assertThat(v.seedRef()).isEqualTo("004:50");
        });
        OrderFile both = cerfaOnly.withDocument(document(DocumentType.BON_DE_REMISE, DocumentStatus.VALIDE, null));
        assertThat(rule.check(both, OrderStatus.VENDUE, needed, "004:50")).isEmpty();
    }
}
