package fr.cession.domain.workflow;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.playbook.PlannedActivity;
import fr.cession.domain.playbook.PlannedLine;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.playbook.TransitionRequirements;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.user.Role;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small stand-in for the B2C playbook with the seed's shape: enough activities, lines, documents
 * and transition requirements to exercise the workflow without the YAML engine.
 */
public final class FakePlaybook implements Playbook {

    public static final String DESTOCKAGE = "DEMANDE_DESTOCKAGE";
    public static final String VERIF_DOCS = "VERIFICATION_DOCUMENTS";
    public static final String INSPECTEUR = "INSPECTEUR_DRIIVEME";
    public static final String ANNULATION = "ANNULATION_ORGANISEE";
    public static final String VENDU_P2P = "PASSAGE_VENDU_P2P";

    private final Map<OrderStatus, TransitionRequirements> requirements = new EnumMap<>(OrderStatus.class);

    public FakePlaybook() {
        requirements.put(OrderStatus.ORGANISEE, new TransitionRequirements(OrderStatus.ORGANISEE, List.of(),
                List.of(), List.of(RuleCode.DELAI_CESSION), 10));
        requirements.put(OrderStatus.PAIEMENT_VERIFIE, new TransitionRequirements(OrderStatus.PAIEMENT_VERIFIE,
                List.of("accreditation_inspecteur", "driiveme_prise_en_charge"), List.of(),
                List.of(RuleCode.FONDS_48H, RuleCode.VIREMENT_72H, RuleCode.CREDIT_SANS_RESERVE,
                        RuleCode.DOCUMENTS_VALIDES, RuleCode.CT_VALIDE), 20));
        requirements.put(OrderStatus.VENDUE, new TransitionRequirements(OrderStatus.VENDUE, List.of(),
                List.of(DocumentType.BON_DE_REMISE, DocumentType.CERFA_CESSION),
                List.of(RuleCode.FONDS_CREDIT_TRANSFERES), 30));
        requirements.put(OrderStatus.CLOTUREE, new TransitionRequirements(OrderStatus.CLOTUREE, List.of(),
                List.of(), List.of(RuleCode.ACTIVITES_TERMINEES), 40));
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Europe/Paris");
    }

    @Override
    public RuleSettings settings() {
        return RuleSettings.SEED_004;
    }

    @Override
    public List<PlannedActivity> plan(OrderFile file, WorkflowEvent event) {
        Order o = file.order();
        List<PlannedActivity> out = new ArrayList<>();
        if (event instanceof WorkflowEvent.Created && o.handoverAt() == null) {
            out.add(new PlannedActivity(DESTOCKAGE, "Demande de déstockage B2C", Role.ADV,
                    o.reservedOn().plusDays(1).atTime(LocalTime.of(18, 0)).atZone(zone()).toInstant(),
                    List.of(new PlannedLine("mail_adv", "Mail à l'ADV pour déblocage du véhicule", "004:21"),
                            new PlannedLine("date_cession", "Mettre la date de cession dans le BO", "004:26"))));
        }
        if (event instanceof WorkflowEvent.StatusEntered s && s.status() == OrderStatus.ORGANISEE) {
            out.add(new PlannedActivity(VERIF_DOCS, "Vérification des documents B2C", Role.COMMERCIAL,
                    dueAt(VERIF_DOCS, o).orElseThrow(),
                    List.of(new PlannedLine("docs_recus", "Vérification des documents reçus", "004:30"))));
            List<PlannedLine> lines = new ArrayList<>();
            lines.add(new PlannedLine("planifier_inspecteur", "Recherche et planification d'un inspecteur", "004:32"));
            if (o.paymentMethod() == PaymentMethod.CHQ) {
                lines.add(new PlannedLine("accreditation_inspecteur", "Vérifier l'accréditation de l'inspecteur",
                        "004:33"));
            }
            if (o.handoverMode() == HandoverMode.LIVRAISON) {
                lines.add(new PlannedLine("driiveme_prise_en_charge", "Mise en place du DRIIVEME", "004:34"));
            }
            out.add(new PlannedActivity(INSPECTEUR, "Inspecteur ou driiveme planifier B2C", Role.COMMERCIAL,
                    dueAt(INSPECTEUR, o).orElseThrow(), lines));
        }
        if (event instanceof WorkflowEvent.StatusEntered s && s.status() == OrderStatus.VENDUE) {
            out.add(new PlannedActivity(VENDU_P2P, "Passage du VH en vendu et P2P B2C", Role.COMMERCIAL,
                    o.handoverAt().plusDays(1).atZone(zone()).toInstant(),
                    List.of(new PlannedLine("p2p", "Passer en vendu + P2P", "004:54"))));
        }
        if (event instanceof WorkflowEvent.StatusEntered s && s.status() == OrderStatus.ANNULEE
                && o.cancellation() != null && o.cancellation().wasOrganised()) {
            out.add(new PlannedActivity(ANNULATION, "Annulation d'une commande organisée", Role.COMMERCIAL,
                    file.order().cancellation().cancelledAt().plusSeconds(3600 * 4),
                    List.of(new PlannedLine("stop_travaux", "Avertir l'ADV pour stopper la demande de travaux", "004:74"),
                            new PlannedLine("prevenir_inspecteur", "Prévenir l'inspecteur", "004:75"),
                            new PlannedLine("annuler_driiveme", "Annuler le Driiveme associé", "004:76"))));
        }
        return out.stream().filter(p -> file.activities().stream()
                .noneMatch(a -> a.typeCode().equals(p.typeCode()) && a.state() != ActivityState.ANNULEE)).toList();
    }

    @Override
    public Optional<Instant> dueAt(String typeCode, Order order) {
        if (order.handoverAt() == null || !(typeCode.equals(VERIF_DOCS) || typeCode.equals(INSPECTEUR))) {
            return Optional.empty();
        }
        return Optional.of(order.handoverAt().toLocalDate().minusDays(5).atTime(18, 0).atZone(zone()).toInstant());
    }

    @Override
    public List<DocumentType> requiredDocuments(OrderFile file) {
        List<DocumentType> out = new ArrayList<>(List.of(DocumentType.CNI, DocumentType.JUSTIFICATIF_DOMICILE,
                DocumentType.PERMIS, DocumentType.ASSURANCE));
        if (file.order().isCompanyBuyer()) {
            out.addAll(List.of(DocumentType.KBIS, DocumentType.CNI_GERANT, DocumentType.PERMIS_COLLECTEUR));
        }
        if (file.order().isCredit()) {
            out.add(DocumentType.OFFRE_CREDIT);
        }
        // as the real playbook: the CT report is listed from the organisation, where ct_valide can block (004:42)
        OrderStatus s = file.order().status();
        if (s != OrderStatus.ANNULEE && s.ordinal() >= OrderStatus.ORGANISEE.ordinal()) {
            out.add(DocumentType.RAPPORT_CT);
        }
        return out;
    }

    @Override
    public TransitionRequirements requirementsFor(OrderStatus target) {
        return requirements.getOrDefault(target, TransitionRequirements.none(target));
    }
}
