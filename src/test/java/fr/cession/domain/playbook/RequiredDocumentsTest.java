package fr.cession.domain.playbook;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static fr.cession.domain.document.DocumentType.ASSURANCE;
import static fr.cession.domain.document.DocumentType.BON_DE_REMISE;
import static fr.cession.domain.document.DocumentType.BON_ENLEVEMENT;
import static fr.cession.domain.document.DocumentType.CERFA_CESSION;
import static fr.cession.domain.document.DocumentType.CG_BARREE;
import static fr.cession.domain.document.DocumentType.CNI;
import static fr.cession.domain.document.DocumentType.CNI_COTITULAIRE;
import static fr.cession.domain.document.DocumentType.CNI_GERANT;
import static fr.cession.domain.document.DocumentType.COPIE_CG;
import static fr.cession.domain.document.DocumentType.JUSTIFICATIF_DOMICILE;
import static fr.cession.domain.document.DocumentType.KBIS;
import static fr.cession.domain.document.DocumentType.OFFRE_CREDIT;
import static fr.cession.domain.document.DocumentType.PERMIS;
import static fr.cession.domain.document.DocumentType.PERMIS_COLLECTEUR;
import static fr.cession.domain.document.DocumentType.PIECE_IDENTITE_KYC_1;
import static fr.cession.domain.document.DocumentType.PIECE_IDENTITE_KYC_2;
import static fr.cession.domain.document.DocumentType.RAPPORT_CT;
import static fr.cession.domain.document.DocumentType.RAPPORT_INSPECTION;
import static fr.cession.domain.document.DocumentType.RIB;
import static fr.cession.domain.playbook.TestOrders.order;
import static fr.cession.domain.playbook.TestOrders.realPlaybook;
import static org.assertj.core.api.Assertions.assertThat;

/** The documents each order must collect, per the playbook's "documents" section. */
class RequiredDocumentsTest {

    private final LoadedPlaybook playbook = realPlaybook();

    @Test
    void aPrivateHolderBringsTheCgDocuments() {
        // 004:12 "Document pour la CG : Cni, Justif de dom, Permis, Assurance"
        assertThat(playbook.requiredDocuments(order().file()))
                .containsExactly(CNI, JUSTIFICATIF_DOMICILE, PERMIS, ASSURANCE);
    }

    @Test
    void aCoHolderBringsAnIdToo() {
        // 004:11 "CG : Titulaire / Cotitulaire / Société"
        assertThat(playbook.requiredDocuments(order().coHolder().file())).contains(CNI_COTITULAIRE);
    }

    @Test
    void aCompanyOnCreditBringsItsPapersAndTheCreditOffer() {
        // 004:13 "Si pro : Kbis, Cni du gérant, Permis de la personne qui récupère le vo"; 004:9 credit signed.
        assertThat(playbook.requiredDocuments(order().company().payment(PaymentMethod.CRD).file()))
                .containsExactly(ASSURANCE, KBIS, CNI_GERANT, PERMIS_COLLECTEUR, OFFRE_CREDIT);
    }

    @Test
    void aDeliveryNeedsTheDriivemePapersOnceOrganised() {
        // 004:44 "Transfert du document (Rapport d'inspection, Bon d'enlèvement, Copie de CG) au driiveme"
        assertThat(playbook.requiredDocuments(order().delivery().status(OrderStatus.DESTOCKAGE).file()))
                .doesNotContain(RAPPORT_INSPECTION);
        assertThat(playbook.requiredDocuments(order().delivery().status(OrderStatus.ORGANISEE).file()))
                .contains(RAPPORT_INSPECTION, BON_ENLEVEMENT, COPIE_CG);
        assertThat(playbook.requiredDocuments(order().status(OrderStatus.ORGANISEE).file()))
                .doesNotContain(RAPPORT_INSPECTION, BON_ENLEVEMENT, COPIE_CG);
    }

    @Test
    void theSaleDocumentsFromPaymentVerified() {
        // 004:50 "Bon de remise, Cerfa"; 004:52 "doc de cession + CG barré"
        assertThat(playbook.requiredDocuments(order().status(OrderStatus.ORGANISEE).file()))
                .doesNotContain(BON_DE_REMISE);
        assertThat(playbook.requiredDocuments(order().status(OrderStatus.PAIEMENT_VERIFIE).file()))
                .contains(RAPPORT_CT, BON_DE_REMISE, CERFA_CESSION, CG_BARREE);
        // A vehicle too young for a CT brings no report.
        assertThat(playbook.requiredDocuments(order().status(OrderStatus.PAIEMENT_VERIFIE)
                .vehicle(LocalDate.of(2024, 6, 1), null, null).file())).doesNotContain(RAPPORT_CT);
    }

    @Test
    void aRefundAfterTheFundsNeedsKyc2AndNothingElse() {
        // 004:67-69 "Deux Pièce d'identité recto/verso (CI, permis, ou passeport)", "RIB"
        for (CancellationCase c : new CancellationCase[]{CancellationCase.FONDS_RECUS, CancellationCase.RETRACTATION}) {
            assertThat(playbook.requiredDocuments(order().cancelled(c, OrderStatus.ORGANISEE,
                    Instant.parse("2026-03-10T10:00:00Z")).file()))
                    .as(c.name()).containsExactly(PIECE_IDENTITE_KYC_1, PIECE_IDENTITE_KYC_2, RIB);
        }
        // 004:62 only the reservation fee: nothing to collect.
        assertThat(playbook.requiredDocuments(order().cancelled(CancellationCase.FRAIS_RESERVATION_SEULS,
                OrderStatus.RESERVEE, Instant.parse("2026-03-03T10:00:00Z")).file())).isEmpty();
    }

    @Test
    void documentTypesAreListedOnce() {
        assertThat(playbook.requiredDocuments(order().status(OrderStatus.VENDUE).file()))
                .doesNotHaveDuplicates().allMatch(t -> t instanceof DocumentType);
    }
}
