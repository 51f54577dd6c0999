package fr.cession.domain.playbook;

import fr.cession.domain.risk.FraudSettings;
import fr.cession.domain.risk.FraudSignal;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static fr.cession.domain.playbook.TestOrders.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Seed 003:9's red flags are the manager's figures: read from the playbook, checked with their line. */
class FraudSettingsParserTest {

    private static final String BASE = """
            fuseau: Europe/Paris
            signaux_fraude:
              seuil_revue: 50
              prix_haut_de_gamme_euros: 30000
              poids:
                iban_etranger: 40
                vente_a_distance: 0
              departements_sites:
                LYON: "69"
            activites:
              - code: a1
                titre: "A"
                pour: commercial
                declencheurs:
                  - evenement: creation
                echeance: {depuis: reservation, jours: 1}
                lignes:
                  - code: l1
                    texte: "Ligne"
                    source: "004:5"
            """;

    @Test
    void theFiguresComeFromThePlaybookAndTheRestKeepsTheSeeds() {
        FraudSettings s = load(BASE).fraudSettings();
        assertThat(s.reviewThreshold()).isEqualTo(50);
        assertThat(s.premiumPriceEuros()).isEqualTo(30_000);
        assertThat(s.weight(FraudSignal.IBAN_ETRANGER)).isEqualTo(40);
        assertThat(s.weight(FraudSignal.VENTE_A_DISTANCE)).isZero();
        assertThat(s.weight(FraudSignal.ACHETEUR_ELOIGNE)).isEqualTo(FraudSignal.ACHETEUR_ELOIGNE.defaultWeight());
        assertThat(s.siteDepartments()).containsEntry("LYON", "69");
        assertThat(load(BASE.replaceAll("(?s)signaux_fraude:.*?activites:", "activites:")).fraudSettings())
                .isEqualTo(FraudSettings.SEED_003);
    }

    @Test
    void theShippedPlaybookAsksTheManagersReviewBeforeThePaymentIsVerified() throws Exception {
        LoadedPlaybook shipped = new PlaybookLoader(CALENDAR).load(Path.of("config/playbook-b2c.yaml"));
        assertThat(shipped.requirementsFor(fr.cession.domain.order.OrderStatus.PAIEMENT_VERIFIE).rules())
                .contains(RuleCode.REVUE_FRAUDE);
        assertThat(shipped.fraudSettings().siteDepartments()).containsEntry("PARIS", "75");
    }

    @Test
    void aTypoAWeightOutOfBoundsOrABadDepartementIsReportedWithItsLine() {
        String broken = BASE.replace("iban_etranger: 40", "iban_etrangers: 40").replace("seuil_revue: 50", "seuil_revue: 0")
                .replace("LYON: \"69\"", "LYON: \"699\"");
        assertThat(errorsOf(broken)).containsExactly(
                "3 : signaux_fraude.seuil_revue : 0 hors bornes (attendu entre 1 et 1000)",
                "6 : clé inconnue « iban_etrangers » dans signaux_fraude.poids (attendu : acheteur_eloigne, "
                        + "vente_a_distance, haut_de_gamme_ou_importe, telephone_non_mobile_fr, iban_etranger, "
                        + "coordonnees_partagees, payeur_different, adresse_modifiee_apres_fonds)",
                "9 : signaux_fraude.departements_sites.LYON : « 699 » n'est pas un département (69, 2A, 974…)");
    }

    private static LoadedPlaybook load(String text) {
        return new PlaybookLoader(CALENDAR).load("playbook-b2c.yaml", text);
    }

    private static List<String> errorsOf(String text) {
        PlaybookException e = catchThrowableOfType(PlaybookException.class, () -> load(text));
        assertThat(e).as("the playbook should be refused").isNotNull();
        return e.errors().stream().map(x -> x.line() + " : " + x.message()).toList();
    }
}
