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
            return List.of(violation("Virement : date du RDV non renseignée"));
        }
        Instant cutOff = handover.get().minus(Duration.ofHours(settings.transferConfirmedBeforeHandoverHours()));
        List<Payment> transfers = file.payments().stream()
                .filter(p -> p.method() == PaymentMethod.VIR)
                .filter(p -> p.kind() == PaymentKind.APPORT || p.kind() == PaymentKind.SOLDE).toList();
        if (transfers.isEmpty()) {
            return List.of(violation("Virement : aucun ordre de virement enregistré"));
        }
        List<RuleViolation> out = new ArrayList<>();
        for (Payment p : transfers) {
            String what = "Virement de " + Formats.euros(p.amount());
            if (p.orderedAt() == null) {
                out.add(violation(what + " : ordre de virement non confirmé"));
            } else if (p.orderedAt().isAfter(cutOff)) {
                out.add(violation(what + " : ordre confirmé le "
                        + Formats.dayTime(p.orderedAt().atZone(zone).toLocalDateTime()) + ", moins de "
                        + settings.transferConfirmedBeforeHandoverHours() + " h avant le RDV"));
            }
            if (!p.isReceived()) {
                out.add(violation(what + " : fonds non reçus"));
            }
        }
        return out;
    }

    private static RuleViolation violation(String message) {
        return new RuleViolation(RuleCode.VIREMENT_72H.code(), message, SEED);
    }
}
