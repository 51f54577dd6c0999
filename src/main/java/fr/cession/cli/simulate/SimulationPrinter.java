package fr.cession.cli.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.playbook.PlannedLine;
import fr.cession.domain.risk.FraudAssessment;
import fr.cession.domain.risk.FraudFlag;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Prints a simulation as a readable table or as JSON (schema in README, "simulate"). */
public final class SimulationPrinter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public void table(Simulation s, PrintWriter out) {
        SimulationInput in = s.input();
        out.printf("Simulation : réservée le %s, paiement %s, %s%s, client %s%s%n", DAY.format(in.reservedOn()),
                in.payment(), in.handover().label(),
                in.handoverAt() == null ? " (date non fixée)" : " le " + DAY_TIME.format(in.handoverAt()),
                in.customerKind().name().toLowerCase(), in.coHolder() ? " avec cotitulaire" : "");
        out.printf("Statut simulé : %s — aujourd'hui : %s (%s)%n%n", in.status().label(), DAY.format(s.today()),
                s.zone());
        out.println("Activités planifiées (" + s.activities().size() + ")");
        out.printf("  %-16s  %-11s  %-13s  %-16s  %s%n", "Échéance", "Rôle", "État", "Étape", "Activité");
        for (Simulation.SimulatedActivity a : s.activities()) {
            out.printf("  %-16s  %-11s  %-13s  %-16s  %s [%s]%n", DAY_TIME.format(a.dueAt().atZone(s.zone())),
                    a.role(), a.timing().label(), a.stage().label(), a.title(), a.typeCode());
            for (PlannedLine line : a.lines()) {
                out.printf("      [ ] %s%s%n", line.label(), line.seedRef() == null ? "" : "  (" + line.seedRef() + ")");
            }
        }
        out.println();
        out.println("Documents demandés (" + s.documents().size() + ")");
        for (DocumentType doc : s.documents()) {
            out.println("  - " + doc.label() + " [" + doc.name() + "]");
        }
        out.println();
        if (s.findings().isEmpty()) {
            out.println("Règles : aucune règle enfreinte");
        } else {
            out.println("Règles et blocages (" + s.findings().size() + ")");
            for (Simulation.Finding f : s.findings()) {
                out.println("  ✗ " + (f.target() == null ? "" : "→ " + f.target().label() + " : ") + f.message()
                        + " [" + f.code() + (f.seedRef() == null ? "" : ", " + f.seedRef()) + "]");
            }
        }
        FraudAssessment fraud = s.fraud();
        out.println();
        out.println("Signaux de fraude (003:9) : score " + fraud.score() + ", seuil de revue " + fraud.threshold()
                + (fraud.needsReview() ? " — revue du manager avant le paiement vérifié" : ""));
        if (fraud.flags().isEmpty()) {
            out.println("  aucun");
        }
        for (FraudFlag f : fraud.flags()) {
            out.println("  ! " + f.reason() + " (+" + f.weight() + ")");
        }
        SimulationMoneyPrinter.table(s, out);
        Simulation.Withdrawal w = s.withdrawal();
        if (w != null) {
            out.println();
            out.println("Rétractation (14 jours)");
            out.println("  Véhicule reçu le        : " + DAY.format(w.receivedOn()));
            out.println("  Dernier jour pour se rétracter : " + DAY.format(w.lastDay()));
            if (w.noticeOn() != null) {
                out.println("  Rétractation notifiée le : " + DAY.format(w.noticeOn())
                        + (Boolean.TRUE.equals(w.noticeInTime()) ? " (dans le délai)" : " (HORS délai)"));
                out.println("  Remboursement au plus tard le : " + DAY.format(w.refundBy()));
            }
        }
        out.flush();
    }

    public void json(Simulation s, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        SimulationInput in = s.input();
        ObjectNode order = root.putObject("commande");
        order.put("reservation", text(in.reservedOn()));
        order.put("statut", in.status().name());
        order.put("paiement", in.payment().name());
        order.put("remise", in.handover().name());
        order.put("client", in.customerKind().name());
        order.put("cotitulaire", in.coHolder());
        order.put("cession", text(in.handoverAt()));
        root.put("aujourdhui", text(s.today()));
        root.put("fuseau", s.zone().getId());
        ArrayNode activities = root.putArray("activites");
        for (Simulation.SimulatedActivity a : s.activities()) {
            ObjectNode node = activities.addObject();
            node.put("type", a.typeCode());
            node.put("titre", a.title());
            node.put("role", a.role().name());
            node.put("etape", a.stage().name());
            node.put("echeance", a.dueAt().atZone(s.zone()).toOffsetDateTime().toString());
            node.put("etat", a.timing().name());
            ArrayNode lines = node.putArray("lignes");
            for (PlannedLine line : a.lines()) {
                lines.addObject().put("code", line.code()).put("libelle", line.label()).put("source", line.seedRef());
            }
        }
        ArrayNode documents = root.putArray("documents");
        s.documents().forEach(d -> documents.addObject().put("type", d.name()).put("libelle", d.label()));
        ArrayNode findings = root.putArray("regles");
        for (Simulation.Finding f : s.findings()) {
            findings.addObject().put("code", f.code())
                    .put("statutVise", f.target() == null ? null : f.target().name())
                    .put("message", f.message())
                    .put("source", f.seedRef());
        }
        ObjectNode fraud = root.putObject("signauxFraude");
        fraud.put("score", s.fraud().score()).put("seuil", s.fraud().threshold()).put("revue", s.fraud().needsReview());
        ArrayNode flags = fraud.putArray("signaux");
        s.fraud().flags().forEach(f -> flags.addObject().put("code", f.signal().key()).put("poids", f.weight())
                .put("raison", f.reason()));
        SimulationMoneyPrinter.json(s, root);
        Simulation.Withdrawal w = s.withdrawal();
        if (w == null) {
            root.putNull("retractation");
        } else {
            ObjectNode node = root.putObject("retractation");
            node.put("vehiculeRecuLe", text(w.receivedOn()));
            node.put("dernierJour", text(w.lastDay()));
            node.put("notifieeLe", text(w.noticeOn()));
            if (w.noticeInTime() == null) {
                node.putNull("dansLeDelai");
            } else {
                node.put("dansLeDelai", w.noticeInTime());
            }
            node.put("remboursementAuPlusTard", text(w.refundBy()));
        }
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON impossible à écrire", e);
        }
        out.flush();
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String text(LocalDateTime at) {
        return at == null ? null : at.toString();
    }
}
