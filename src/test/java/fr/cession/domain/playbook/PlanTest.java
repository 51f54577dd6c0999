package fr.cession.domain.playbook;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.cession.domain.playbook.TestOrders.order;
import static fr.cession.domain.playbook.TestOrders.realPlaybook;
import static org.assertj.core.api.Assertions.assertThat;

/** What the real playbook plans for typical orders, step by step along seed 004. */
class PlanTest {

    private final LoadedPlaybook playbook = realPlaybook();

    @Test
    void transferAndOnSiteHandoverForAPrivateBuyer() {
        TestOrders.Builder b = order().payment(PaymentMethod.VIR);

        // 004:3-15 "A la réservation": no financing line (004:8-9) nor company papers (004:13).
        List<PlannedActivity> created = plan(b.file(), new WorkflowEvent.Created());
        assertThat(codes(created)).containsExactly("reservation");
        assertThat(lineCodes(created.get(0))).containsExactly("disponibilites", "confirmer_rdv",
                "confirmer_paiement", "fonds_date_butoir", "titulaire_cg", "documents_cg", "extension_garantie",
                "assurance_proposee");
        assertThat(created.get(0).lines().get(0).seedRef()).isEqualTo("004:5");

        // 004:19-26 déstockage: the CT (Jan 2026) and service (Sep 2025) are fresh, a hand-over needs cleaning (004:25).
        PlannedActivity destocking = single(plan(b.status(OrderStatus.DESTOCKAGE).file(), entered(OrderStatus.DESTOCKAGE)));
        assertThat(destocking.title()).isEqualTo("Demande de déstockage B2C");
        assertThat(lineCodes(destocking)).containsExactly("mail_adv_deblocage", "demande_travaux",
                "demande_nettoyage", "date_cession_bo");

        // 004:36 two activities on entering "organisée", plus the J-3 validation (004:38-44).
        List<PlannedActivity> organised = plan(b.status(OrderStatus.ORGANISEE).file(), entered(OrderStatus.ORGANISEE));
        assertThat(codes(organised)).containsExactly("verification_documents", "inspecteur_driiveme", "validation_rdv");
        assertThat(lineCodes(organised.get(1))).containsExactly("planifier_inspecteur");
        assertThat(lineCodes(organised.get(2))).containsExactly("virement_confirme", "ct_recu_bo",
                "documents_valides_j3");

        // 004:46 "Contrôle CT et révision B2C" for ADV, and the sale day checklist (004:48-56) without credit.
        List<PlannedActivity> paid = plan(b.status(OrderStatus.PAIEMENT_VERIFIE).file(),
                entered(OrderStatus.PAIEMENT_VERIFIE));
        assertThat(codes(paid)).containsExactly("controle_ct_revision", "jour_vente");
        assertThat(paid.get(0).role()).isEqualTo(Role.ADV);
        assertThat(lineCodes(paid.get(0))).containsExactly("travaux_termines", "ct_passe_valide", "nettoyage_fait");
        assertThat(lineCodes(paid.get(1))).containsExactly("pas_vendu_sans_documents", "recherche_documents_front",
                "appel_acheteur_avis");

        // 004:58 two activities after the sale; P2P for ADV; 004:56 / 002:23 the after-sale call.
        List<PlannedActivity> sold = plan(b.status(OrderStatus.VENDUE).file(), entered(OrderStatus.VENDUE));
        assertThat(codes(sold)).containsExactly("passage_vendu_p2p", "check_documents_cession", "appel_suivi_vente");
        assertThat(sold.get(0).role()).isEqualTo(Role.ADV);
        assertThat(lineCodes(sold.get(0))).containsExactly("vendu_et_p2p");
        assertThat(lineCodes(sold.get(1))).containsExactly("bon_remise_cerfa_signes", "documents_cession_pipe");
    }

    @Test
    void creditAndDeliveryForACompany() {
        TestOrders.Builder b = order().payment(PaymentMethod.CRD).delivery().company();

        // 004:8-9 financing lines with credit; 004:13 "Si pro : Kbis, Cni du gérant, ...".
        PlannedActivity reservation = single(plan(b.file(), new WorkflowEvent.Created()));
        assertThat(lineCodes(reservation)).contains("montants_financement", "credit_documents_signes",
                "documents_societe");

        // 004:25 no cleaning for a delivery.
        assertThat(lineCodes(single(plan(b.status(OrderStatus.DESTOCKAGE).file(), entered(OrderStatus.DESTOCKAGE)))))
                .doesNotContain("demande_nettoyage");

        // 004:34 DRIIVEME set up; 004:41 credit without conditions; 004:44 documents to the DRIIVEME; no 004:40.
        List<PlannedActivity> organised = plan(b.status(OrderStatus.ORGANISEE).file(), entered(OrderStatus.ORGANISEE));
        assertThat(lineCodes(organised.get(1))).containsExactly("planifier_inspecteur", "mise_en_place_driiveme");
        assertThat(lineCodes(organised.get(2))).containsExactly("credit_sans_reserve", "ct_recu_bo",
                "documents_valides_j3", "documents_driiveme");

        // 004:53 "Si CRD, en informer son N+1", a commercial's task.
        List<PlannedActivity> paid = plan(b.status(OrderStatus.PAIEMENT_VERIFIE).file(),
                entered(OrderStatus.PAIEMENT_VERIFIE));
        assertThat(paid.get(1).role()).isEqualTo(Role.COMMERCIAL);
        assertThat(lineCodes(paid.get(1))).contains("informer_n1_fonds_credit");
        assertThat(lineCodes(paid.get(0))).doesNotContain("nettoyage_fait");
    }

    @Test
    void cashiersChequeAddsTheAccreditationAndTheChequeHandlers() {
        TestOrders.Builder b = order().payment(PaymentMethod.CHQ);
        // 004:33 "Si CHQ, vérifier l'accréditation de l'inspecteur"
        List<PlannedActivity> organised = plan(b.status(OrderStatus.ORGANISEE).file(), entered(OrderStatus.ORGANISEE));
        assertThat(lineCodes(organised.get(1))).containsExactly("planifier_inspecteur", "accreditation_inspecteur");
        assertThat(lineCodes(organised.get(2))).doesNotContain("virement_confirme", "credit_sans_reserve");
        // 004:55 "Si chèque de banque, clément et déborah responsable."
        List<PlannedActivity> sold = plan(b.status(OrderStatus.VENDUE).file(), entered(OrderStatus.VENDUE));
        assertThat(lineCodes(sold.get(0))).containsExactly("vendu_et_p2p", "cheque_banque_responsables");
    }

    @Test
    void worksLinesFollowTheVehicle() {
        // 004:23-24 last CT in Sept 2025 (> 5 months at 13 March 2026), service in March 2025 (about a year).
        Order order = order().vehicle(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 3, 20))
                .status(OrderStatus.DESTOCKAGE).build();
        PlannedActivity destocking = single(plan(OrderFile.of(order), entered(OrderStatus.DESTOCKAGE)));
        assertThat(lineCodes(destocking)).containsExactly("mail_adv_deblocage", "demande_travaux", "demande_ct",
                "demande_revision", "demande_nettoyage", "date_cession_bo");
        assertThat(destocking.lines().get(2).seedRef()).isEqualTo("004:23");
    }

    @Test
    void withoutAHandoverDateTheDestockingRequestIsPlannedAtCreationAndOnlyOnce() {
        // 004:19 'Activité créer "Demande de déstockage B2C" quand il n'y a pas de date de cession renseigner'
        Order order = order().handoverAt(null).build();
        List<PlannedActivity> created = plan(OrderFile.of(order), new WorkflowEvent.Created());
        assertThat(codes(created)).containsExactly("reservation", "demande_destockage");

        OrderFile withActivities = OrderFile.of(order.withStatus(OrderStatus.DESTOCKAGE));
        for (PlannedActivity p : created) {
            withActivities = withActivities.withActivity(new Activity(UUID.randomUUID(), order.id(), p.typeCode(),
                    p.title(), p.role(), null, p.dueAt(), ActivityState.FAITE, null, null, null, RowMeta.NEW));
        }
        assertThat(plan(withActivities, entered(OrderStatus.DESTOCKAGE))).isEmpty();
    }

    @Test
    void aHandoverDateAtCreationLeavesTheDestockingRequestToTheDestockingStatus() {
        assertThat(codes(plan(order().file(), new WorkflowEvent.Created()))).containsExactly("reservation");
        assertThat(codes(plan(order().status(OrderStatus.DESTOCKAGE).file(), entered(OrderStatus.DESTOCKAGE))))
                .containsExactly("demande_destockage");
    }

    @Test
    void cancellationWithTheReservationFeeOnly() {
        // 004:62-64 the advisor asks the manager for a refund; not organised yet, nothing to call off.
        Order order = order().cancelled(CancellationCase.FRAIS_RESERVATION_SEULS, OrderStatus.DESTOCKAGE,
                Instant.parse("2026-03-04T10:00:00Z")).build();
        List<PlannedActivity> planned = plan(OrderFile.of(order), entered(OrderStatus.ANNULEE));
        assertThat(codes(planned)).containsExactly("annulation_frais_reservation");
        assertThat(lineCodes(planned.get(0))).containsExactly("demande_remboursement_frais", "commande_annulee_bo");
    }

    @Test
    void cancellationAfterTheFundsOfAnOrganisedHandover() {
        // 004:65-71 KYC 2 then refund; 004:73-75 organised: stop the works, warn the inspector.
        Order order = order().cancelled(CancellationCase.FONDS_RECUS, OrderStatus.ORGANISEE,
                Instant.parse("2026-03-10T10:00:00Z")).build();
        List<PlannedActivity> planned = plan(OrderFile.of(order), entered(OrderStatus.ANNULEE));
        assertThat(codes(planned)).containsExactly("annulation_fonds_recus", "annulation_deja_organisee");
        assertThat(lineCodes(planned.get(0))).containsExactly("documents_kyc2", "kyc_deux_pieces_identite", "kyc_rib",
                "remboursement_apres_kyc");
        // 004:76 no DRIIVEME for an on-site hand-over.
        assertThat(lineCodes(planned.get(1))).containsExactly("stopper_travaux_adv", "prevenir_inspecteur");
    }

    @Test
    void withdrawalOfAnOrganisedDeliveryCancelsTheDriiveme() {
        // 004:65 "rétractation dans le délai des 14 jours"; 004:76 "Annuler le Driiveme associé (s'il a été créé)"
        Order order = order().delivery().cancelled(CancellationCase.RETRACTATION, OrderStatus.PAIEMENT_VERIFIE,
                Instant.parse("2026-03-12T10:00:00Z")).build();
        List<PlannedActivity> planned = plan(OrderFile.of(order), entered(OrderStatus.ANNULEE));
        assertThat(codes(planned)).containsExactly("annulation_fonds_recus", "annulation_deja_organisee");
        assertThat(lineCodes(planned.get(1))).containsExactly("stopper_travaux_adv", "prevenir_inspecteur",
                "annuler_driiveme");
    }

    @Test
    void withdrawalBeforeOrganisationOnlyAsksForKyc() {
        Order order = order().cancelled(CancellationCase.RETRACTATION, OrderStatus.RESERVEE,
                Instant.parse("2026-03-03T10:00:00Z")).build();
        assertThat(codes(plan(OrderFile.of(order), entered(OrderStatus.ANNULEE))))
                .containsExactly("annulation_fonds_recus");
    }

    private List<PlannedActivity> plan(OrderFile file, WorkflowEvent event) {
        return playbook.plan(file, event);
    }

    private static WorkflowEvent entered(OrderStatus status) {
        return new WorkflowEvent.StatusEntered(status);
    }

    private static PlannedActivity single(List<PlannedActivity> planned) {
        assertThat(planned).hasSize(1);
        return planned.get(0);
    }

    private static List<String> codes(List<PlannedActivity> planned) {
        return planned.stream().map(PlannedActivity::typeCode).toList();
    }

    private static List<String> lineCodes(PlannedActivity activity) {
        return activity.lines().stream().map(PlannedLine::code).toList();
    }
}
