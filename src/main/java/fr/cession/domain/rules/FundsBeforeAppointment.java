package fr.cession.domain.rules;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.playbook.RuleSettings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * 004:10 "Fond reçu 48h avant RDV ou livraison ... si pas de fond pas de rdv". The customer's
 * funds (see {@link Paperwork#dueFromCustomer}: price less the financed amount; when the price is
 * unknown, every payment the customer announced) must be received at least 48 h before the
 * appointment. Judged at the moment asked: before the cut-off there is still time; after it,
 * funds not in (or in too late) break the rule and the appointment has to move.
 */
public final class FundsBeforeAppointment implements OrderRule {

    public static final String SEED = "004:10";

    private final RuleSettings settings;
    private final ZoneId zone;

    public FundsBeforeAppointment(RuleSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    /** The cut-off: hand-over less 48 h. */
    public Optional<Instant> cutOff(Order order) {
        return Paperwork.handoverInstant(order, zone)
                .map(h -> h.minus(Duration.ofHours(settings.fundsBeforeHandoverHours())));
    }

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        Order order = file.order();
        Optional<Instant> cutOff = cutOff(order);
        if (cutOff.isEmpty()) {
            return List.of(RuleViolation.of(RuleCode.FONDS_48H.code(), SEED, "rule.funds.noDate",
                    "Fonds : date du RDV non renseignée, pas de date butoir pour le client"));
        }
        if (fundsIn(file, cutOff.get()) || now.isBefore(cutOff.get())) {
            return List.of();
        }
        BigDecimal received = receivedBy(file, cutOff.get());
        String expected = Paperwork.dueFromCustomer(order).map(Formats::euros).orElse("le total annoncé");
        java.time.LocalDateTime at = cutOff.get().atZone(zone).toLocalDateTime();
        return List.of(RuleViolation.of(RuleCode.FONDS_48H.code(), SEED, "rule.funds.late",
                "Fonds non reçus " + settings.fundsBeforeHandoverHours() + " h avant le RDV : "
                        + Formats.euros(received) + " reçus sur " + expected + " au " + Formats.dayTime(at)
                        + " — pas de fonds, pas de RDV : fixer une nouvelle date",
                settings.fundsBeforeHandoverHours(), received, Paperwork.dueFromCustomer(order).orElse(null), at));
    }

    private boolean fundsIn(OrderFile file, Instant cutOff) {
        Optional<BigDecimal> due = Paperwork.dueFromCustomer(file.order());
        if (due.isPresent()) {
            return receivedBy(file, cutOff).compareTo(due.get()) >= 0;
        }
        List<Payment> announced = Paperwork.customerPayments(file);
        return !announced.isEmpty() && announced.stream().allMatch(p -> inBy(p, cutOff));
    }

    private static BigDecimal receivedBy(OrderFile file, Instant cutOff) {
        return Paperwork.customerPayments(file).stream().filter(p -> inBy(p, cutOff)).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean inBy(Payment p, Instant cutOff) {
        return p.receivedAt() != null && !p.receivedAt().isAfter(cutOff);
    }

}
