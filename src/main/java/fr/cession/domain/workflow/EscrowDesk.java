package fr.cession.domain.workflow;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.payment.Ledger;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;

import java.time.Instant;

/**
 * 001 "Cet argent est alors bloqué sur un compte séquestre jusqu'à ce que la commande soit
 * terminée" and 004:54 "Passer en vendu + P2P": the buyer's funds leave the escrow wallet for the
 * seller partner only once the sale is completed, that is when the order is closed; closing the
 * order releases them in the same change, whoever or whatever closes it.
 */
final class EscrowDesk {

    static final String SEED = "001:5";

    /** On the way to {@code CLOTUREE}: everything held goes to the seller in the change that closes the order. */
    OrderFile onStatus(OrderFile file, OrderStatus entered, Actor actor, Instant now) {
        return entered == OrderStatus.CLOTUREE ? releaseAll(file, actor, now) : file;
    }

    /** Funds that arrived after the closing, released by a person; refused before the sale completed. */
    OrderFile release(OrderFile file, Actor actor, Instant now) {
        if (file.order().status() != OrderStatus.CLOTUREE) {
            throw new RuleViolationException(RuleViolation.of("versement_vendeur", SEED, "rule.escrow.notCompleted",
                    "Versement au vendeur partenaire : la vente n'est pas terminée (commande "
                            + file.order().status().label() + ") — les fonds restent sur le séquestre jusqu'à la "
                            + "clôture", file.order().status().label()));
        }
        return releaseAll(file, actor, now);
    }

    /** Money promised back to the buyer stays: only what fits in the order's available balance leaves. */
    private static OrderFile releaseAll(OrderFile file, Actor actor, Instant now) {
        OrderFile out = file;
        for (Payment p : new Ledger(file.payments()).releasableWithinAvailable()) {
            out = out.withPayment(p.released(now, actor.login()));
        }
        return out;
    }
}
