package fr.cession.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
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

    /**
     * 001 « bloqué sur un compte séquestre », D112-3 cash limit, 003:9 flags fed by the ledger, and
     * 001:21 « si vous ne validez pas votre commande dans un délai de 48 h, elle sera automatiquement annulée ».
     */
    @Test
    void showsTheLedgerTheRefusedCashTheFlagsItRaisesAndTheTimerThatWouldFire() throws Exception {
        CliRun run = CliRun.of(env, "simulate", sample("grand-livre.properties"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "✗ Mouvement 2 refusé : Espèces : 1 500,00 € en espèces sur la commande, au-delà du plafond légal de "
                        + "1 000,00 € (Code monétaire et financier, D112-3) — payez le reste par virement ou chèque de banque"
                        + " [plafond_especes, D112-3]",
                "Grand livre (2 mouvements, séquestre jusqu'à la fin de la vente)",
                "  frais de réservation  virement                 250,00 €  reçu sur le séquestre le 03/03/2025 09:45",
                "  solde                 virement              14 000,00 €  annoncé — payeur Kevin Martin",
                "  Reste dû : 19 750,00 € · annoncé : 14 000,00 € · sur le séquestre : 250,00 € · versé au vendeur : "
                        + "0,00 € · à rembourser : 0,00 € · remboursé : 0,00 €",
                "Délais automatiques qui s'appliqueraient sans action (1)",
                "  05/03/2025 09:30  à venir  Réservation non validée par le commercial [reservation_non_validee] : "
                        + "annulée automatiquement : 48 h sans validation (échéance du 05/03/2025 à 09:30)",
                "Signaux de fraude (003:9) : score 95, seuil de revue 60 — revue du manager",
                "! Vente entièrement à distance : livraison, aucune visite ni aucun appel noté (+15)",
                "! IBAN étranger (DE) sur le RIB (+25)",
                "! Payeur « Kevin Martin » différent de l'acheteur « Camille Simulation » (solde) (+25)",
                "! Adresse modifiée après la réception des fonds (le 04/03/2025 à 10h00) (+30)");

        JsonNode json = new ObjectMapper().readTree(CliRun.of(env, "simulate", "--json",
                sample("grand-livre.properties")).out());
        JsonNode ledger = json.get("grandLivre");
        assertThat(ledger.get("mouvements").findValuesAsText("etat")).containsExactly("RECU", "ANNONCE");
        assertThat(ledger.get("mouvements").get(1).get("payeur").asText()).isEqualTo("Kevin Martin");
        assertThat(ledger.get("resteDu").decimalValue()).isEqualByComparingTo("19750");
        assertThat(ledger.get("sequestre").decimalValue()).isEqualByComparingTo("250");
        JsonNode timer = json.get("delais").get(0);
        assertThat(timer.get("code").asText()).isEqualTo("reservation_non_validee");
        assertThat(timer.get("echeance").asText()).isEqualTo("2025-03-05T09:30+01:00");
        assertThat(timer.get("echu").asBoolean()).isFalse();
        assertThat(json.get("signauxFraude").get("signaux").findValuesAsText("code"))
                .containsExactly("vente_a_distance", "iban_etranger", "payeur_different", "adresse_modifiee_apres_fonds");
    }

    /** 001:33 « terminée automatiquement » 7 days after delivery, unless a complaint (001:35) came first. */
    @Test
    void aSoldOrderShowsTheSevenDaysThatCloseItAndAComplaintReplacesThemWithItsEscalation(@TempDir Path dir)
            throws Exception {
        String sold = """
                reservation=2025-03-03
                statut=VENDUE
                remise=LIVRAISON
                cession=2025-03-14T10:00
                contacts=appel
                aujourdhui=2025-03-25
                mouvement.1.nature=SOLDE
                mouvement.1.montant=15000
                mouvement.1.recu_le=2025-03-10
                """;
        Path quiet = Files.writeString(dir.resolve("vendue.properties"), sold);
        CliRun run = CliRun.of(env, "simulate", quiet.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  21/03/2025 10:00  échu     Vente terminée sans réclamation "
                + "[vente_terminee_sans_reclamation] : vente terminée automatiquement : 7 jours sans réclamation "
                + "(échéance du 21/03/2025 à 10:00)", "reçu sur le séquestre le 10/03/2025 12:00")
                .doesNotContain("Vente entièrement à distance");

        Path complained = Files.writeString(dir.resolve("reclamation.properties"),
                sold + "reclamation.ouverte_le=2025-03-18T15:00\n");
        String out = CliRun.of(env, "simulate", complained.toString()).out();
        assertThat(out).contains("Délais automatiques qui s'appliqueraient sans action (1)",
                        "  20/03/2025 15:00  échu     Réclamation sans réponse : escalade au manager [reclamation_sans_reponse]")
                .doesNotContain("[vente_terminee_sans_reclamation]");
    }

    @Test
    void aMovementWithoutItsAmountOrWithAnUnknownNatureIsRefusedByName(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("mauvais.properties"), """
                reservation=2025-03-03
                mouvement.1.nature=CARTE
                mouvement.1.montant=100
                mouvement.2.nature=SOLDE
                mouvement.2.verse_le=2025-03-04
                contacts=appel, pigeon
                """);
        CliRun run = CliRun.of(env, "simulate", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("« mouvement.1.nature » : valeur inconnue « CARTE »",
                "« mouvement.2.montant » obligatoire pour le mouvement 2",
                "« mouvement.2.verse_le » : donnez aussi « mouvement.2.recu_le »",
                "« contacts » : canal inconnu « pigeon »");
    }

    @Test
    void anInvalidDescriptionNamesEachKeyAndReason() {
        CliRun run = CliRun.of(env, "simulate", sample("invalide.yaml"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("« reservation » : date illisible « 03/03/2025 »",
                "« paiement » : valeur inconnue « CB »", "« couleur » inconnue");
    }
}
