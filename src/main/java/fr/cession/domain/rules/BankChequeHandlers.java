package fr.cession.domain.rules;

import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;

import java.util.Optional;

/**
 * 004:55 "Si chèque de banque, clément et déborah responsable": a bank cheque is taken in by the
 * people designated for it, a role the organisation's main account gives (never a name typed on
 * the order). Announcing a cheque is anyone's; saying it was received is theirs, and the order's
 * history then names who did.
 */
public final class BankChequeHandlers {

    public static final String SEED = "004:55";

    private BankChequeHandlers() {
    }

    /** Why {@code actor} may not record a payment by {@code method} as received; empty when they may. */
    public static Optional<RuleViolation> receiving(Actor actor, PaymentMethod method) {
        if (method != PaymentMethod.CHQ || actor.holds(Role.RESPONSABLE_CHEQUES)) {
            return Optional.empty();
        }
        return Optional.of(RuleViolation.of("cheque_responsable", SEED, "rule.cheque.handlerOnly",
                "Chèque de banque : seul un responsable des chèques de banque en enregistre la réception ("
                        + actor.displayName() + " ne l'est pas) — confiez-le à l'un d'eux", actor.displayName()));
    }
}
