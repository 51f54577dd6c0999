package fr.cession.domain.demo;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.PlannedActivity;
import fr.cession.domain.playbook.PlannedLine;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.playbook.TransitionRequirements;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.user.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small stand-in for the B2C playbook: the activities of seed 004 with a few lines each. */
public final class TestPlaybook implements Playbook {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Override
    public ZoneId zone() {
        return PARIS;
    }

    @Override
    public RuleSettings settings() {
        return RuleSettings.SEED_004;
    }

    @Override
    public List<PlannedActivity> plan(OrderFile file, WorkflowEvent event) {
        Order order = file.order();
        List<PlannedActivity> planned = new ArrayList<>();
        if (event instanceof WorkflowEvent.Created) {
            planned.add(activity(file, "reservation_b2c", "À la réservation B2C", Role.COMMERCIAL, order, "004:5", "004:7"));
            if (order.handoverAt() == null) {
                planned.add(activity(file, "destockage_b2c", "Demande de déstockage B2C", Role.COMMERCIAL, order,
                        "004:21", "004:22", "004:26"));
            }
        } else if (event instanceof WorkflowEvent.StatusEntered entered) {
            switch (entered.status()) {
                case ORGANISEE -> {
                    planned.add(activity(file, "verification_documents_b2c", "Vérification des documents B2C",
                            Role.COMMERCIAL, order, "004:30", "004:31"));
                    planned.add(activity(file, "inspecteur_driiveme_b2c", "Inspecteur ou driiveme planifier B2C",
                            Role.COMMERCIAL, order, "004:32", "004:34"));
                }
                case PAIEMENT_VERIFIE -> planned.add(activity(file, "controle_ct_revision_b2c",
                        "Contrôle CT et révision B2C", Role.ADV, order, "004:42"));
                case VENDUE -> {
                    planned.add(activity(file, "passage_vendu_p2p_b2c", "Passage du VH en vendu et P2P B2C",
                            Role.COMMERCIAL, order, "004:54"));
                    planned.add(activity(file, "check_documents_cession_b2c",
                            "Check des documents de cession signer B2C", Role.COMMERCIAL, order, "004:52"));
                }
                case ANNULEE -> planned.add(activity(file, "annulation_b2c", "Annulation B2C", Role.MANAGER, order,
                        "004:63", "004:71"));
                default -> {
                }
            }
        }
        return planned.stream().filter(p -> p != null).toList();
    }

    private PlannedActivity activity(OrderFile file, String type, String title, Role role, Order order,
                                     String... refs) {
        if (file.activity(type).isPresent()) {
            return null;
        }
        List<PlannedLine> lines = new ArrayList<>();
        for (String ref : refs) {
            lines.add(new PlannedLine(type + "." + ref.replace(':', '_'), "Ligne " + ref, ref));
        }
        return new PlannedActivity(type, title, role, dueAt(type, order).orElseThrow(), lines);
    }

    @Override
    public Optional<Instant> dueAt(String typeCode, Order order) {
        LocalDateTime handover = order.handoverAt();
        LocalDate reserved = order.reservedOn();
        LocalDateTime due = switch (typeCode) {
            case "reservation_b2c", "destockage_b2c" -> reserved.plusDays(1).atTime(18, 0);
            case "verification_documents_b2c", "inspecteur_driiveme_b2c" ->
                    handover == null ? reserved.plusDays(5).atTime(18, 0) : handover.minusDays(5);
            case "controle_ct_revision_b2c" -> handover == null ? reserved.plusDays(7).atTime(18, 0) : handover.minusDays(3);
            case "passage_vendu_p2p_b2c", "check_documents_cession_b2c" ->
                    handover == null ? reserved.plusDays(12).atTime(18, 0) : handover.plusDays(1);
            case "annulation_b2c" -> order.cancellation() == null ? reserved.plusDays(1).atTime(18, 0)
                    : LocalDateTime.ofInstant(order.cancellation().cancelledAt(), PARIS).plusDays(2);
            default -> null;
        };
        return Optional.ofNullable(due).map(d -> d.atZone(PARIS).toInstant());
    }

    @Override
    public List<DocumentType> requiredDocuments(OrderFile file) {
        List<DocumentType> docs = new ArrayList<>(List.of(DocumentType.CNI, DocumentType.JUSTIFICATIF_DOMICILE,
                DocumentType.PERMIS, DocumentType.ASSURANCE));
        if (file.order().isCompanyBuyer()) {
            docs.add(DocumentType.KBIS);
            docs.add(DocumentType.CNI_GERANT);
        }
        if (file.order().status() == OrderStatus.ANNULEE) {
            docs.add(DocumentType.PIECE_IDENTITE_KYC_1);
            docs.add(DocumentType.PIECE_IDENTITE_KYC_2);
            docs.add(DocumentType.RIB);
        }
        return docs;
    }

    @Override
    public TransitionRequirements requirementsFor(OrderStatus target) {
        if (target == OrderStatus.ORGANISEE) {
            return new TransitionRequirements(target, List.of(), List.of(), List.of(RuleCode.DELAI_CESSION), 12);
        }
        return TransitionRequirements.none(target);
    }
}
