package fr.cession.domain.risk;

import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.validation.Iban;
import fr.cession.domain.validation.Phone;

import fr.cession.domain.order.Customer;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The red flags of seed 003:9 on an order, each explained in French, weighed by the playbook.
 * Computed from what the order holds when asked, never stored: a corrected address lowers the
 * score at once.
 */
public final class FraudSignals {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");
    /** The sites are in France: the day a person reads is Paris's. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final FraudSettings settings;
    private final SharedContacts shared;

    public FraudSignals(FraudSettings settings, SharedContacts shared) {
        this.settings = settings;
        this.shared = shared;
    }

    public FraudAssessment assess(OrderFile file) {
        Order order = file.order();
        List<FraudFlag> flags = new ArrayList<>();
        distantBuyer(order).ifPresent(flags::add);
        if (order.handoverMode() == HandoverMode.LIVRAISON && !spokenOrMet(file)) {
            flags.add(flag(FraudSignal.VENTE_A_DISTANCE, "Vente entièrement à distance : livraison, aucune visite "
                    + "ni aucun appel noté"));
        }
        premiumOrImported(order.vehicle()).ifPresent(flags::add);
        String phone = order.customer().phone();
        if (phone != null && !phone.isBlank() && !Phone.isFrenchMobile(phone)) {
            flags.add(flag(FraudSignal.TELEPHONE_NON_MOBILE_FR, "Téléphone " + phone.trim()
                    + " : pas un mobile français"));
        }
        foreignIban(file).ifPresent(flags::add);
        List<String> others = shared.otherNamesSameContact(order);
        if (!others.isEmpty()) {
            flags.add(flag(FraudSignal.COORDONNEES_PARTAGEES, "Même téléphone ou e-mail que "
                    + (others.size() == 1 ? "la commande " : "les commandes ") + String.join(", ", others)
                    + ", à un autre nom"));
        }
        otherPayer(file).ifPresent(flags::add);
        addressMovedAfterFunds(file).ifPresent(flags::add);
        return new FraudAssessment(flags.stream().filter(f -> f.weight() > 0).toList(), settings.reviewThreshold());
    }

    /**
     * 003:9 speaks of a buyer who insists on doing everything online: a call or a visit recorded in a
     * contact report on the order (seed 002) means someone heard or saw the buyer; e-mails and messages don't.
     */
    private static boolean spokenOrMet(OrderFile file) {
        return file.contacts().stream()
                .anyMatch(r -> r.channel() == ContactChannel.APPEL || r.channel() == ContactChannel.VISITE);
    }

    private Optional<FraudFlag> distantBuyer(Order order) {
        String siteDepartement = settings.siteDepartments().get(order.owningSite());
        Optional<String> buyer = Departement.of(order.customer().address());
        if (siteDepartement == null || buyer.isEmpty() || buyer.get().equals(siteDepartement)) {
            return Optional.empty();
        }
        return Optional.of(flag(FraudSignal.ACHETEUR_ELOIGNE, "Acheteur éloigné : adresse dans le " + buyer.get()
                + ", site " + order.owningSite() + " (" + siteDepartement + ")"));
    }

    private Optional<FraudFlag> premiumOrImported(Vehicle vehicle) {
        if (vehicle == null) {
            return Optional.empty();
        }
        BigDecimal price = vehicle.price();
        boolean premium = price != null && price.compareTo(BigDecimal.valueOf(settings.premiumPriceEuros())) >= 0;
        if (!premium && !vehicle.imported()) {
            return Optional.empty();
        }
        String why = premium && vehicle.imported() ? "véhicule importé et haut de gamme"
                : premium ? "véhicule haut de gamme (" + price.toPlainString() + " € ≥ " + settings.premiumPriceEuros() + " €)"
                : "véhicule importé";
        return Optional.of(flag(FraudSignal.HAUT_DE_GAMME_OU_IMPORTE, Character.toUpperCase(why.charAt(0)) + why.substring(1)));
    }

    private Optional<FraudFlag> foreignIban(OrderFile file) {
        return file.document(DocumentType.RIB).map(OrderDocument::reference).map(Iban::normalize)
                .filter(iban -> iban.length() >= 2 && !iban.startsWith("FR"))
                .map(iban -> flag(FraudSignal.IBAN_ETRANGER, "IBAN étranger (" + iban.substring(0, 2) + ") sur le RIB"));
    }

    /**
     * A payer other than the buyer; the lender's funds (004:53, Cofidis or Mobilize) and refunds are
     * not the buyer's to pay.
     */
    private Optional<FraudFlag> otherPayer(OrderFile file) {
        Customer buyer = file.order().customer();
        return file.payments().stream()
                .filter(p -> !p.isRefund() && p.kind() != PaymentKind.FINANCEMENT && p.payerName() != null)
                .filter(p -> !PayerNames.isBuyer(p.payerName(), buyer))
                .findFirst()
                .map(p -> flag(FraudSignal.PAYEUR_DIFFERENT, "Payeur « " + p.payerName().trim() + " » différent de "
                        + "l'acheteur « " + buyer.displayName() + " » (" + p.kind().label() + ")"));
    }

    /** The address changed after the first funds reached the escrow wallet. */
    private Optional<FraudFlag> addressMovedAfterFunds(OrderFile file) {
        Optional<Instant> firstFunds = file.payments().stream().filter(p -> !p.isRefund() && p.isReceived())
                .map(Payment::receivedAt).min(Comparator.naturalOrder());
        Optional<Instant> changed = shared.lastAddressChange(file.orderId());
        if (firstFunds.isEmpty() || changed.isEmpty() || !changed.get().isAfter(firstFunds.get())) {
            return Optional.empty();
        }
        return Optional.of(flag(FraudSignal.ADRESSE_MODIFIEE_APRES_FONDS, "Adresse modifiée après la réception des "
                + "fonds (le " + DAY.format(changed.get().atZone(PARIS)) + ")"));
    }

    private FraudFlag flag(FraudSignal signal, String reason) {
        return new FraudFlag(signal, settings.weight(signal), reason);
    }
}
