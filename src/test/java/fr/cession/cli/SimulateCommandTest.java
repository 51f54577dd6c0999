package fr.cession.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateCommandTest {

    private final FakeEnvironment env = new FakeEnvironment();

    static String sample(String name) {
        try {
            return Path.of(SimulateCommandTest.class.getResource("/simulate/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void printsTheActivitiesLinesAndRulesAsATable() {
        CliRun run = CliRun.of(env, "simulate", sample("cession-virement.yaml"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Simulation : réservée le 03/03/2025, paiement VIR, cession le 14/03/2025 10:00",
                "Statut simulé : cession/livraison organisée",
                "À la réservation B2C", "Vérification des documents B2C",
                "[ ] Vérifier les documents reçus et relancer si besoin  (004:30)",
                "04/03/2025 18:00", "en retard",
                "Documents demandés", "Carte d'identité",
                // 004:10 "si pas de fond pas de rdv": nothing received in a simulation
                "→ paiement vérifié : Fonds non reçus 48 h avant le RDV", "[fonds_48h, 004:10]");
        assertThat(run.out()).doesNotContain("Rétractation");
    }

    @Test
    void printsValidJsonWithTheWithdrawalDeadlines() throws Exception {
        CliRun run = CliRun.of(env, "simulate", "--json", sample("retractation.properties"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("commande").get("statut").asText()).isEqualTo("VENDUE");
        assertThat(json.get("activites")).isNotEmpty();
        JsonNode first = json.get("activites").get(0);
        assertThat(first.get("type").asText()).isEqualTo("reservation");
        assertThat(first.get("echeance").asText()).isEqualTo("2025-02-04T18:00+01:00");
        assertThat(first.get("lignes").get(0).get("source").asText()).isEqualTo("004:5");
        assertThat(json.get("regles").findValuesAsText("code")).isNotEmpty();
        assertThat(json.get("documents").findValuesAsText("type")).contains("KBIS", "CNI_GERANT");
        // 004:65 "rétractation dans le délai des 14 jours": received 14/02 → last day 28/02 (a Friday)
        JsonNode withdrawal = json.get("retractation");
        assertThat(withdrawal.get("dernierJour").asText()).isEqualTo("2025-02-28");
        assertThat(withdrawal.get("dansLeDelai").asBoolean()).isTrue();
        assertThat(withdrawal.get("remboursementAuPlusTard").asText()).isEqualTo("2025-03-06");
    }

    /** 003:9: the red flags of the described order, and the manager's review they call for. */
    @Test
    void showsTheRedFlagsAndTheReviewTheyCallFor() throws Exception {
        CliRun run = CliRun.of(env, "simulate", sample("fraude.properties"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Signaux de fraude (003:9) : score 65, seuil de revue 60 — revue du manager",
                "! Acheteur éloigné : adresse dans le 13, site LYON (69) (+20)",
                "! Vente entièrement à distance : livraison, aucune visite ni aucun appel noté (+15)",
                "! Véhicule importé et haut de gamme (+20)", "! Téléphone 04 91 12 34 56 : pas un mobile français (+10)",
                "[revue_fraude, 003:9]");
        JsonNode json = new ObjectMapper().readTree(CliRun.of(env, "simulate", "--json", sample("fraude.properties")).out());
        assertThat(json.get("signauxFraude").get("score").asInt()).isEqualTo(65);
        assertThat(json.get("signauxFraude").get("revue").asBoolean()).isTrue();
        assertThat(json.get("signauxFraude").get("signaux").findValuesAsText("code"))
                .containsExactly("acheteur_eloigne", "vente_a_distance", "haut_de_gamme_ou_importe", "telephone_non_mobile_fr");
        assertThat(CliRun.of(env, "simulate", sample("cession-virement.yaml")).out())
                .contains("Signaux de fraude (003:9) : score 0, seuil de revue 60", "  aucun");
    }

    @Test
    void anInvalidDescriptionNamesEachKeyAndReason() {
        CliRun run = CliRun.of(env, "simulate", sample("invalide.yaml"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("« reservation » : date illisible « 03/03/2025 »",
                "« paiement » : valeur inconnue « CB »", "« couleur » inconnue");
    }
}
