package fr.cession.domain.rules;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Cents;
import fr.cession.domain.payment.Ledger;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.RuleSettings;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Code monétaire et financier L112-6 and D112-3: a buyer resident in France pays at most 1 000 € in
 * cash for one purchase (the figure is the playbook's {@code reglages.plafond_especes_euros}). One
 * purchase is one debt: the cash already on the order counts with the new movement, so splitting
 * a payment in several cash movements does not go round the limit. A refund is not a payment.
 */
public final class CashLimit {

    public static final String SOURCE = "D112-3";

    private final RuleSettings settings;

    public CashLimit(RuleSettings settings) {
        this.settings = settings;
    }

    public Optional<RuleViolation> check(OrderFile file, PaymentKind kind, PaymentMethod method, BigDecimal amount) {
        if (method != PaymentMethod.ESP || kind == PaymentKind.REMBOURSEMENT || amount == null) {
            return Optional.empty();
        }
        long limit = settings.cashLimitEuros() * 100L;
        long total = new Ledger(file.payments()).cash() + Cents.of(amount);
        if (total <= limit) {
            return Optional.empty();
        }
        String limitText = Formats.euros(Cents.euros(limit));
        String totalText = Formats.euros(Cents.euros(total));
        return Optional.of(RuleViolation.of("plafond_especes", SOURCE, "rule.cash.aboveLimit",
                "Espèces : " + totalText + " en espèces sur la commande, au-delà du plafond légal de " + limitText
                        + " (Code monétaire et financier, D112-3) — payez le reste par virement ou chèque de banque",
                totalText, limitText));
    }
}
