package fr.cession.domain.rules;

import fr.cession.domain.account.AccountLink;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.payment.Cents;
import fr.cession.domain.payment.Ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules an order placed for a customer account carries, decided from the order file alone
 * (the account's terms are kept on the order when it is placed):
 * <ul>
 * <li>seed 000 « demandent à leur client de payer un acompte de 15% … qu'après réception de cet
 * acompte »: the deposit the main account requires is received (ledger) before the order leaves
 * réservée;</li>
 * <li>004:13 « Permis de la personne qui récupère le VO »: a company's order is not sold before the
 * person who collected it, one of the company's authorised people, is recorded.</li>
 * </ul>
 */
public final class CustomerAccountRules {

    public static final String DEPOSIT_SEED = "000";
    public static final String COLLECTOR_SEED = "004:13";

    private CustomerAccountRules() {
    }

    public static List<RuleViolation> check(OrderFile file, OrderStatus target) {
        List<RuleViolation> out = new ArrayList<>();
        if (target == OrderStatus.DESTOCKAGE) {
            deposit(file).ifPresent(out::add);
        }
        if (target == OrderStatus.VENDUE) {
            collector(file).ifPresent(out::add);
        }
        return out;
    }

    /** The deposit the account requires, in cents: its % of the vehicle's price, rounded up to the cent. */
    public static long depositDue(OrderFile file) {
        AccountLink a = file.order().account();
        BigDecimal price = file.order().vehicle().price();
        if (!a.present() || a.deposit() == 0 || price == null) {
            return 0;
        }
        return BigDecimal.valueOf(Cents.of(price)).multiply(BigDecimal.valueOf(a.deposit()))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
    }

    public static Optional<RuleViolation> deposit(OrderFile file) {
        long due = depositDue(file);
        long received = new Ledger(file.payments()).received();
        if (due == 0 || received >= due) {
            return Optional.empty();
        }
        AccountLink a = file.order().account();
        String dueText = Formats.euros(Cents.euros(due));
        String receivedText = Formats.euros(Cents.euros(received));
        return Optional.of(RuleViolation.of("acompte_compte", DEPOSIT_SEED, "rule.account.deposit",
                "Acompte du compte « " + a.accountName() + " » : " + a.deposit() + " % du prix, soit " + dueText
                        + " à recevoir avant de quitter réservée ; reçu : " + receivedText,
                a.accountName(), a.deposit(), dueText, receivedText));
    }

    public static Optional<RuleViolation> collector(OrderFile file) {
        AccountLink a = file.order().account();
        if (!a.company() || a.collectorId() != null) {
            return Optional.empty();
        }
        return Optional.of(RuleViolation.of("collecteur", COLLECTOR_SEED, "rule.account.collectorMissing",
                "Remise : la personne qui récupère le véhicule pour la société « " + a.accountName()
                        + " » n'est pas enregistrée (Remise du véhicule)", a.accountName()));
    }

    /** 004:13: the hand-over to someone the company did not authorise. */
    public static RuleViolation unlistedCollector(String person, String company) {
        return RuleViolation.of("collecteur", COLLECTOR_SEED, "rule.account.collectorUnlisted",
                "Remise refusée : « " + person + " » n'est pas sur la liste des personnes autorisées par la société « "
                        + company + " » à récupérer le véhicule : choisissez une personne de la liste, ou ajoutez celle-ci au compte"
                        + " client avec son n° de pièce", person, company);
    }
}
