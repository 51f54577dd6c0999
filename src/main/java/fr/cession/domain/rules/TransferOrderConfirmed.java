package fr.cession.domain.rules;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.playbook.RuleSettings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 004:40 "Confirmation du VIR 72h avant le RDV/Livraison = ORDRE DE VIREMENT puis vérification
 * de la réception des fond". Only for an order paid by transfer: each transfer of the customer
 * (down payment or balance; the reservation fee is paid before and apart) has its order confirmed
 * ({@code orderedAt}) 72 h before the hand-over at the latest, then its funds received.
 */
public final class TransferOrderConfirmed implements OrderRule {

    public static final String SEED = "004:40";

    private final RuleSettings settings;
    private final ZoneId zone;

    public TransferOrderConfirmed(RuleSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        Order order = file.order();
        if (order.paymentMethod() != PaymentMethod.VIR) {
            return List.of();
        }
        Optional<Instant> handover = Paperwork.handoverInstant(order, zone);
        if (handover.isEmpty()) {
            return List.of(violation("rule.transfer.noDate", "Virement : date du RDV non renseignée"));
        }
        Instant cutOff = handover.get().minus(Duration.ofHours(settings.transferConfirmedBeforeHandoverHours()));
        List<Payment> transfers = file.payments().stream()
                .filter(p -> p.method() == PaymentMethod.VIR)
                .filter(p -> p.kind() == PaymentKind.APPORT || p.kind() == PaymentKind.SOLDE).toList();
        if (transfers.isEmpty()) {
            return List.of(violation("rule.transfer.none", "Virement : aucun ordre de virement enregistré"));
        }
        List<RuleViolation> out = new ArrayList<>();
        for (Payment p : transfers) {
            String what = "Virement de " + Formats.euros(p.amount());
            if (p.orderedAt() == null) {
                out.add(violation("rule.transfer.notConfirmed", what + " : ordre de virement non confirmé", p.amount()));
            } else if (p.orderedAt().isAfter(cutOff)) {
                java.time.LocalDateTime at = p.orderedAt().atZone(zone).toLocalDateTime();
                out.add(violation("rule.transfer.late", what + " : ordre confirmé le " + Formats.dayTime(at)
                        + ", moins de " + settings.transferConfirmedBeforeHandoverHours() + " h avant le RDV",
                        p.amount(), at, settings.transferConfirmedBeforeHandoverHours()));
            }
            if (!p.isReceived()) {
                out.add(violation("rule.transfer.notReceived", what + " : fonds non reçus", p.amount()));
            }
        }
        return out;
    }

    private static RuleViolation violation(String key, String message, Object... args) {
        return RuleViolation.of(RuleCode.VIREMENT_72H.code(), SEED, key, message, args);
    }
}
