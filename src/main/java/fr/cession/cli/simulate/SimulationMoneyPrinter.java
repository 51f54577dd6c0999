package fr.cession.cli.simulate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cession.domain.payment.Cents;
import fr.cession.domain.payment.Ledger;
import fr.cession.domain.payment.MovementState;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.rules.Formats;
import fr.cession.domain.timer.ArmedTimer;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The described order's ledger (001: the money held on the escrow wallet until the sale completes)
 * and the timed outcomes that would fire if nobody acted, as a table or as JSON.
 */
final class SimulationMoneyPrinter {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private SimulationMoneyPrinter() {
    }

    static void table(Simulation s, PrintWriter out) {
        Ledger ledger = s.ledger();
        BigDecimal price = s.input().price();
        out.println();
        out.println("Grand livre (" + ledger.movements().size() + " mouvement" + (ledger.movements().size() > 1 ? "s" : "")
                + ", séquestre jusqu'à la fin de la vente)");
        for (Payment p : ledger.movements()) {
            out.printf("  %-20s  %-17s  %14s  %s%s%n", p.kind().label(), p.method().label(), Formats.euros(p.amount()),
                    state(p, s.zone()), p.payerName() == null ? "" : " — payeur " + p.payerName());
        }
        out.println("  Reste dû : " + euros(ledger.due(price)) + " · annoncé : " + euros(ledger.announced())
                + " · sur le séquestre : " + euros(ledger.held()) + " · versé au vendeur : " + euros(ledger.released())
                + " · à rembourser : " + euros(ledger.toRefund()) + " · remboursé : " + euros(ledger.refunded()));
        out.println();
        out.println("Délais automatiques qui s'appliqueraient sans action (" + s.timers().size() + ")");
        if (s.timers().isEmpty()) {
            out.println("  aucun");
        }
        for (ArmedTimer t : s.timers()) {
            out.printf("  %-16s  %-7s  %s [%s] : %s%n", DAY_TIME.format(t.dueAt().atZone(s.zone())),
                    t.isDue(s.evaluatedAt()) ? "échu" : "à venir", t.definition().title(), t.definition().code(),
                    t.historyText(s.zone()));
        }
    }

    static void json(Simulation s, ObjectNode root) {
        Ledger ledger = s.ledger();
        ObjectNode node = root.putObject("grandLivre");
        ArrayNode movements = node.putArray("mouvements");
        for (Payment p : ledger.movements()) {
            movements.addObject().put("nature", p.kind().name()).put("moyen", p.method().name())
                    .put("montant", p.amount()).put("etat", MovementState.of(p).name())
                    .put("recuLe", offset(p.receivedAt(), s.zone())).put("verseLe", offset(p.releasedAt(), s.zone()))
                    .put("payeur", p.payerName());
        }
        node.put("resteDu", Cents.euros(ledger.due(s.input().price())))
                .put("annonce", Cents.euros(ledger.announced()))
                .put("sequestre", Cents.euros(ledger.held()))
                .put("verse", Cents.euros(ledger.released()))
                .put("aRembourser", Cents.euros(ledger.toRefund()))
                .put("rembourse", Cents.euros(ledger.refunded()));
        ArrayNode timers = root.putArray("delais");
        for (ArmedTimer t : s.timers()) {
            timers.addObject().put("code", t.definition().code()).put("titre", t.definition().title())
                    .put("depuis", offset(t.startedAt(), s.zone())).put("echeance", offset(t.dueAt(), s.zone()))
                    .put("resultat", t.definition().outcome().code()).put("echu", t.isDue(s.evaluatedAt()))
                    .put("historique", t.historyText(s.zone()));
        }
    }

    private static String state(Payment p, ZoneId zone) {
        return switch (MovementState.of(p)) {
            case ANNONCE -> "annoncé";
            case RECU -> "reçu sur le séquestre le " + DAY_TIME.format(p.receivedAt().atZone(zone));
            case VERSE -> "versé au vendeur partenaire le " + DAY_TIME.format(p.releasedAt().atZone(zone));
            case A_REMBOURSER -> "à rembourser";
            case REMBOURSE -> "remboursé le " + DAY_TIME.format(p.receivedAt().atZone(zone));
        };
    }

    private static String euros(long cents) {
        return Formats.euros(Cents.euros(cents));
    }

    private static String offset(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toOffsetDateTime().toString();
    }
}
