package fr.cession.domain.risk;

import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.contact.ContactReport;
import fr.cession.domain.contact.ContactSubject;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.row.RowMeta;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static fr.cession.testdata.OrderFileBuilder.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003:9, each red flag on and off, explained in French, weighed by the playbook. */
class FraudSignalsTest {

    private static final FraudSettings SETTINGS = new FraudSettings(60, 40_000, Map.of(), Map.of("LYON", "69"));
    private final FraudSignals signals = new FraudSignals(SETTINGS, SharedContacts.NONE);

    private static List<FraudSignal> raised(FraudAssessment a) {
        return a.flags().stream().map(FraudFlag::signal).toList();
    }

    @Test
    void anOrdinaryOrderOfTheSitesRegionRaisesNothing() {
        FraudAssessment a = signals.assess(ordinary().build());
        assertThat(a.flags()).isEmpty();
        assertThat(a.score()).isZero();
        assertThat(a.needsReview()).isFalse();
    }

    @Test
    void consider_the_customers_location_003_9_aBuyerInAnotherDepartementIsFlagged() {
        assertThat(raised(signals.assess(ordinary().address("12 rue de la Paix 13001 Marseille").build())))
                .containsExactly(FraudSignal.ACHETEUR_ELOIGNE);
        assertThat(signals.assess(ordinary().address("12 rue de la Paix 13001 Marseille").build()).reasons())
                .isEqualTo("Acheteur éloigné : adresse dans le 13, site LYON (69)");
        assertThat(raised(signals.assess(ordinary().address("3 place Bellecour 69002 Lyon").build()))).isEmpty();
        assertThat(raised(signals.assess(ordinary().address("sans code postal").build()))).as("unknown: no flag").isEmpty();
        assertThat(Departement.of("Route de Bastia 20200 Bastia")).contains("2B");
        assertThat(Departement.of("1 rue X 97400 Saint-Denis")).contains("974");
    }

    @Test
    void the_whole_transaction_online_003_9_aDeliveryIsARemoteSale() {
        assertThat(raised(signals.assess(ordinary().handoverMode(HandoverMode.LIVRAISON).build())))
                .containsExactly(FraudSignal.VENTE_A_DISTANCE);
        assertThat(signals.assess(ordinary().handoverMode(HandoverMode.LIVRAISON).build()).reasons())
                .isEqualTo("Vente entièrement à distance : livraison, aucune visite ni aucun appel noté");
    }

    // 003:9 "s'ils insistent beaucoup pour que toute la transaction se déroule en ligne": a call or a visit
    // recorded on the order (seed 002's contact reports) means the sale is not wholly remote
    @Test
    void the_whole_transaction_online_003_9_aCallOrAVisitRecordedSwitchesTheRemoteSaleOff() {
        OrderFile delivered = ordinary().handoverMode(HandoverMode.LIVRAISON).build();
        assertThat(raised(signals.assess(delivered.withContact(contact(delivered, ContactChannel.APPEL))))).isEmpty();
        assertThat(raised(signals.assess(delivered.withContact(contact(delivered, ContactChannel.VISITE))))).isEmpty();
        assertThat(raised(signals.assess(delivered.withContact(contact(delivered, ContactChannel.EMAIL))
                .withContact(contact(delivered, ContactChannel.MESSAGE)))))
                .as("written contact only: still wholly remote").containsExactly(FraudSignal.VENTE_A_DISTANCE);
        OrderFile handedOver = ordinary().handoverMode(HandoverMode.CESSION).build();
        assertThat(raised(signals.assess(handedOver))).as("the buyer comes to the site").isEmpty();
    }

    private static ContactReport contact(OrderFile file, ContactChannel channel) {
        return new ContactReport(UUID.randomUUID(), file.orderId(), ContactSubject.COMMANDE, channel,
                Instant.parse("2026-04-08T10:00:00Z"), "Jean Dupont", "jdupont", null, null, null, null, null, null,
                RowMeta.NEW);
    }

    @Test
    void premium_and_imported_cars_003_9_areFlaggedFromThePlaybooksPrice() {
        assertThat(raised(signals.assess(ordinary().vehiclePrice(new BigDecimal("40000")).build())))
                .containsExactly(FraudSignal.HAUT_DE_GAMME_OU_IMPORTE);
        assertThat(raised(signals.assess(ordinary().vehiclePrice(new BigDecimal("39999.99")).build()))).isEmpty();
        assertThat(raised(signals.assess(ordinary().vehicleImported(true).build())))
                .containsExactly(FraudSignal.HAUT_DE_GAMME_OU_IMPORTE);
    }

    @Test
    void aPhoneThatIsNoFrenchMobileAndAForeignIbanAreFlagged() {
        assertThat(raised(signals.assess(ordinary().phone("04 78 12 34 56").build())))
                .containsExactly(FraudSignal.TELEPHONE_NON_MOBILE_FR);
        assertThat(raised(signals.assess(ordinary().phone("+44 7911 123456").build())))
                .containsExactly(FraudSignal.TELEPHONE_NON_MOBILE_FR);
        assertThat(raised(signals.assess(ordinary().phone("07 58 12 34 56").build()))).isEmpty();
        OrderFile foreign = ordinary().withDocument(DocumentType.RIB, DocumentStatus.VALIDE, "DE89 3704 0044 0532 0130 00")
                .build();
        assertThat(raised(signals.assess(foreign))).containsExactly(FraudSignal.IBAN_ETRANGER);
        OrderFile french = ordinary().withDocument(DocumentType.RIB, DocumentStatus.VALIDE, "FR7630006000011234567890189")
                .build();
        assertThat(raised(signals.assess(french))).isEmpty();
    }

    @Test
    void theSameContactUnderAnotherNameIsFlaggedWithTheOtherOrders() {
        FraudSignals withShared = new FraudSignals(SETTINGS, order -> List.of("LYON-2026-0007"));
        FraudAssessment a = withShared.assess(ordinary().build());
        assertThat(raised(a)).containsExactly(FraudSignal.COORDONNEES_PARTAGEES);
        assertThat(a.reasons()).isEqualTo("Même téléphone ou e-mail que la commande LYON-2026-0007, à un autre nom");
    }

    @Test
    void weightsAddUpToTheThresholdAndAZeroWeightSwitchesASignalOff() {
        OrderFile risky = ordinary().address("1 rue X 13001 Marseille").handoverMode(HandoverMode.LIVRAISON)
                .vehicleImported(true).phone("04 78 12 34 56").build();
        FraudAssessment a = signals.assess(risky);
        assertThat(a.score()).isEqualTo(20 + 15 + 20 + 10);
        assertThat(a.needsReview()).isTrue();
        FraudSignals quiet = new FraudSignals(new FraudSettings(60, 40_000,
                Map.of(FraudSignal.TELEPHONE_NON_MOBILE_FR, 0), Map.of("LYON", "69")), SharedContacts.NONE);
        assertThat(quiet.assess(risky).score()).isEqualTo(55);
        assertThat(quiet.assess(risky).needsReview()).isFalse();
        assertThat(raised(quiet.assess(risky))).doesNotContain(FraudSignal.TELEPHONE_NON_MOBILE_FR);
    }

    // 003:9 "que mettons-nous en place pour limiter le risque de vente frauduleuse ?": money from someone else
    @Test
    void a_payer_whose_name_is_not_the_buyers_is_flagged_the_buyer_the_co_holder_or_the_lender_is_not() {
        OrderFile paid = ordinary().withCustomerLastName("Durand").build();
        assertThat(raised(signals.assess(withPayer(paid, PaymentKind.SOLDE, "M. ou Mme DURAND Camille")))).isEmpty();
        assertThat(raised(signals.assess(withPayer(paid, PaymentKind.SOLDE, "durand")))).isEmpty();
        assertThat(raised(signals.assess(withPayer(paid, PaymentKind.SOLDE, "Alex Durand")))).as("co-holder").isEmpty();
        assertThat(raised(signals.assess(withPayer(paid, PaymentKind.FINANCEMENT, "COFIDIS SA"))))
                .as("004:53 the lender's funds").isEmpty();
        assertThat(raised(signals.assess(withPayer(paid, PaymentKind.SOLDE, null)))).as("no name typed").isEmpty();
        FraudAssessment other = signals.assess(withPayer(paid, PaymentKind.SOLDE, "Kevin Martin"));
        assertThat(raised(other)).containsExactly(FraudSignal.PAYEUR_DIFFERENT);
        assertThat(other.reasons()).isEqualTo("Payeur « Kevin Martin » différent de l'acheteur « Camille Durand » (solde)");
        assertThat(other.score()).isEqualTo(FraudSignal.PAYEUR_DIFFERENT.defaultWeight());
    }

    // 003:9 "considérez l'emplacement de vos clients": the address moved once the money was in
    @Test
    void an_address_changed_after_the_funds_arrived_is_flagged_one_changed_before_is_not() {
        Instant funds = Instant.parse("2026-04-10T09:00:00Z");
        OrderFile paid = withPayer(ordinary().withoutPaperwork().build(), PaymentKind.SOLDE, null);
        paid = paid.withPayment(paid.payments().get(paid.payments().size() - 1).received(funds, "adv"));
        FraudAssessment after = withAddressChange(funds.plusSeconds(3600)).assess(paid);
        assertThat(raised(after)).containsExactly(FraudSignal.ADRESSE_MODIFIEE_APRES_FONDS);
        assertThat(after.reasons()).isEqualTo("Adresse modifiée après la réception des fonds (le 10/04/2026 à 12h00)");
        assertThat(raised(withAddressChange(funds.minusSeconds(60)).assess(paid))).as("before the funds").isEmpty();
        assertThat(raised(signals.assess(paid))).as("never changed").isEmpty();
        OrderFile announcedOnly = withPayer(ordinary().withoutPaperwork().build(), PaymentKind.SOLDE, null);
        assertThat(raised(withAddressChange(funds).assess(announcedOnly))).as("no funds yet").isEmpty();
    }

    private static FraudSignals withAddressChange(Instant at) {
        return new FraudSignals(SETTINGS, new SharedContacts() {
            @Override
            public List<String> otherNamesSameContact(fr.cession.domain.order.Order order) {
                return List.of();
            }

            @Override
            public Optional<Instant> lastAddressChange(UUID orderId) {
                return Optional.of(at);
            }
        });
    }

    /** An announced movement (no funds yet) with this payer's name. */
    private static OrderFile withPayer(OrderFile file, PaymentKind kind, String payer) {
        return file.withPayment(new Payment(UUID.randomUUID(), file.orderId(), kind, PaymentMethod.VIR,
                new BigDecimal("1000"), null, null, null, "jdupont", null, null, null, payer, RowMeta.NEW));
    }

    private static fr.cession.testdata.OrderFileBuilder ordinary() {
        return anOrderFile().site("LYON").address("3 place Bellecour 69002 Lyon").phone("06 12 34 56 78")
                .handoverMode(HandoverMode.CESSION).vehiclePrice(new BigDecimal("15000")).vehicleImported(false);
    }
}
