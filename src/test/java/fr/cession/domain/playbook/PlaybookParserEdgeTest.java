package fr.cession.domain.playbook;

import fr.cession.domain.order.Order;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static fr.cession.domain.playbook.SmallPlaybook.VALID;
import static fr.cession.domain.playbook.SmallPlaybook.errorsOf;
import static fr.cession.domain.playbook.SmallPlaybook.load;
import static fr.cession.domain.playbook.SmallPlaybook.messagesOf;
import static fr.cession.domain.playbook.TestOrders.CALENDAR;
import static fr.cession.domain.playbook.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser's limits, each at the last value accepted and the first refused, with the message
 * and the line a manager sees. Line numbers are those of {@link SmallPlaybook#VALID}.
 */
class PlaybookParserEdgeTest {

    private static final String DUE = "{depuis: cession, jours: -5, ouvres: oui, heure: \"18:00\"}";

    // --- echeance (004:26 "10 jours minimum après la résa")

    @Test
    void ninety_days_is_the_longest_deadline_in_days() {
        assertThat(load(due("{depuis: cession, jours: 90}")).activityCodes()).containsExactly("a1");
        assertThat(messagesOf(due("{depuis: cession, jours: 91}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 » : 91 jours hors bornes (attendu entre -90 et 90)");
        assertThat(messagesOf(due("{depuis: cession, jours: -91}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 » : -91 jours hors bornes (attendu entre -90 et 90)");
    }

    @Test
    void seven_hundred_twenty_hours_is_the_longest_deadline_in_hours() {
        assertThat(load(due("{depuis: cession, heures: 720}")).activityCodes()).containsExactly("a1");
        assertThat(messagesOf(due("{depuis: cession, heures: +721}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 » : 721 heures hors bornes (attendu entre -720 et 720)");
    }

    @Test
    void counted_from_the_reservation_day_zero_is_allowed_and_the_day_before_is_not() {
        assertThat(load(due("{depuis: reservation, jours: 0}")).activityCodes()).containsExactly("a1");
        assertThat(messagesOf(due("{depuis: reservation, jours: -1}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 » : -1 jours, soit avant la réservation qui la fait planifier :"
                        + " l'activité serait en retard dès sa création (un délai négatif ne se compte que depuis la"
                        + " cession)");
    }

    @Test
    void counted_from_the_cancellation_hour_zero_is_allowed_and_the_hour_before_is_not() {
        assertThat(load(due("{depuis: annulation, heures: 0}")).activityCodes()).containsExactly("a1");
        assertThat(messagesOf(due("{depuis: annulation, heures: -1}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 » : -1 heures, soit avant l'annulation qui la fait planifier :"
                        + " l'activité serait en retard dès sa création");
        assertThat(messagesOf(due("{depuis: retractation, jours: -2}"))).singleElement().asString()
                .startsWith("8 : l'échéance de l'activité « a1 » : -2 jours, soit avant la rétractation qui");
    }

    @Test
    void working_days_and_time_of_day_go_with_days_only() {
        assertThat(messagesOf(due("{depuis: cession, heures: 48, ouvres: oui}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 » : « ouvres » et « heure » ne s'emploient qu'avec « jours »");
        assertThat(messagesOf(due("{depuis: cession, heures: 48, heure: \"10:00\"}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 » : « ouvres » et « heure » ne s'emploient qu'avec « jours »");
    }

    @Test
    void working_days_is_yes_or_no() {
        assertThat(messagesOf(due("{depuis: cession, jours: -5, ouvres: parfois}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 », ouvres : « oui » ou « non » attendu, trouvé « parfois »");
    }

    @Test
    void yes_and_no_are_read_in_french_or_english_and_decide_the_day() {
        // 004:28 "J-5 avant la vente": sale Tuesday 12 May 2026; Friday 8 May is a holiday.
        Order sale = order().handoverAt(LocalDateTime.of(2026, 5, 12, 10, 0)).build();
        ZoneId paris = ZoneId.of("Europe/Paris");
        for (String yes : List.of("oui", "TRUE")) {
            assertThat(load(due("{depuis: cession, jours: -5, ouvres: " + yes + "}")).dueAt("a1", sale))
                    .map(i -> i.atZone(paris).toLocalDateTime())
                    .contains(LocalDateTime.of(2026, 5, 4, 18, 0));
        }
        for (String no : List.of("non", "false")) {
            assertThat(load(due("{depuis: cession, jours: -5, ouvres: " + no + "}")).dueAt("a1", sale))
                    .map(i -> i.atZone(paris).toLocalDateTime())
                    .contains(LocalDateTime.of(2026, 5, 7, 18, 0));
        }
    }

    @Test
    void a_deadline_that_is_not_a_mapping_is_explained() {
        assertThat(messagesOf(due("5"))).containsExactly(
                "8 : l'échéance de l'activité « a1 » : une liste de clés « nom: valeur » est attendue");
    }

    // --- a deadline counted back from the sale may not fall before the reservation (004:26)

    @Test
    void back_from_the_sale_in_calendar_days_up_to_the_minimum_delay() {
        assertThat(load(due("{depuis: cession, jours: -10}")).activityCodes()).containsExactly("a1");
        assertThat(messagesOf(due("{depuis: cession, jours: -11}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 » tombe 11 jours avant la cession, donc avant la réservation même"
                        + " pour une cession au plus tôt (J+10, delai_cession_min_jours) : l'activité serait en retard"
                        + " dès sa création");
    }

    @Test
    void back_from_the_sale_in_working_days_counts_the_weekends() {
        // 7 working days back are at most 10 calendar days; 8 are 12.
        assertThat(load(due("{depuis: cession, jours: -7, ouvres: oui}")).activityCodes()).containsExactly("a1");
        assertThat(messagesOf(due("{depuis: cession, jours: -8, ouvres: oui}"))).singleElement().asString()
                .startsWith("8 : l'échéance de l'activité « a1 » tombe 12 jours avant la cession");
    }

    @Test
    void back_from_the_sale_in_hours_rounds_up_to_whole_days() {
        assertThat(load(due("{depuis: cession, heures: -240}")).activityCodes()).containsExactly("a1");
        assertThat(messagesOf(due("{depuis: cession, heures: -241}"))).singleElement().asString()
                .startsWith("8 : l'échéance de l'activité « a1 » tombe 11 jours avant la cession");
    }

    // --- reglages (004:26 delays, 004:10 funds 48h before, 004:65 the 14 days of withdrawal)

    @Test
    void a_setting_at_its_bounds_is_accepted_and_one_past_is_not() {
        assertThat(load(settings("fonds_avant_rdv_heures: 240\n  retractation_jours: 14")).settings())
                .satisfies(s -> {
                    assertThat(s.fundsBeforeHandoverHours()).isEqualTo(240);
                    assertThat(s.withdrawalDays()).isEqualTo(14);
                });
        assertThat(messagesOf(settings("fonds_avant_rdv_heures: 241\n  retractation_jours: 13"))).containsExactly(
                "3 : reglages.fonds_avant_rdv_heures : 241 hors bornes (attendu entre 0 et 240)",
                "4 : reglages.retractation_jours : 13 hors bornes (attendu entre 14 et 60)");
    }

    @Test
    void the_longest_delay_may_equal_the_shortest_but_not_be_below_it() {
        assertThat(load(settings("delai_cession_min_jours: 15\n  delai_cession_max_jours: 15")).settings())
                .satisfies(s -> {
                    assertThat(s.handoverMinDays()).isEqualTo(15);
                    assertThat(s.handoverMaxDays()).isEqualTo(15);
                });
        assertThat(messagesOf(settings("delai_cession_min_jours: 12\n  delai_cession_max_jours: 11")))
                .containsExactly("4 : reglages.delai_cession_max_jours : 11 est inférieur au minimum de 12 jours");
    }

    // --- activities, lines, sources

    @Test
    void no_activity_at_all_is_refused() {
        assertThat(messagesOf(VALID.replaceAll("(?s)activites:.*transitions:", "activites: []\ntransitions:")))
                .contains("2 : activites : aucune activité définie");
    }

    @Test
    void an_activity_code_must_be_lower_case_letters_digits_and_underscores() {
        String text = VALID.replace("code: a1", "code: A-1").replace("    titre: \"Vérification des documents B2C\"\n", "");
        assertThat(messagesOf(text)).containsExactly(
                "3 : code d'activité invalide « A-1 » (lettres minuscules sans accent, chiffres et _)",
                "3 : l'activité ligne 3 : « titre » manquant");
    }

    @Test
    void an_empty_trigger_list_is_refused() {
        assertThat(messagesOf(VALID.replace("    declencheurs:\n      - statut: organisee", "    declencheurs: []")))
                .containsExactly("6 : l'activité « a1 » : aucun déclencheur");
        assertThat(messagesOf(VALID.replace("    declencheurs:\n      - statut: organisee",
                "    declencheurs: {statut: organisee}"))).containsExactly(
                "6 : l'activité « a1 », declencheurs : une liste est attendue",
                "6 : l'activité « a1 » : aucun déclencheur");
    }

    @Test
    void a_line_with_a_bad_code_is_named_by_its_activity() {
        String text = VALID.replace("- code: l1\n        texte: \"Vérification des documents reçus\"\n",
                "- code: L1\n");
        assertThat(messagesOf(text)).containsExactly(
                "10 : code de ligne invalide « L1 » (lettres minuscules sans accent, chiffres et _)",
                "10 : une ligne de l'activité « a1 » : « texte » manquant",
                "14 : la transition vers « paiement_verifie » : ligne inconnue « l1 » (aucune ligne d'activité n'a ce code)");
    }

    @Test
    void a_second_activity_with_the_same_code_is_named_by_its_line() {
        String second = """
                  - code: a1
                    declencheurs:
                      - evenement: creation
                    echeance: {depuis: reservation, jours: 1}
                    lignes:
                      - code: l2
                        texte: "Encore"
                        source: "004:5"
                transitions:""";
        assertThat(messagesOf(VALID.replace("transitions:", second))).containsExactly(
                "13 : code d'activité « a1 » en double (déjà utilisé ligne 3)",
                "13 : l'activité ligne 13 : « titre » manquant");
    }

    @Test
    void a_repeated_key_and_a_text_given_as_a_list_are_reported() {
        assertThat(messagesOf(VALID.replace("    pour: commercial", "    titre: \"Encore\""))).containsExactly(
                "5 : clé « titre » en double dans une activité");
        assertThat(messagesOf(VALID.replace("titre: \"Vérification des documents B2C\"", "titre: [a, b]")))
                .containsExactly("4 : l'activité « a1 », titre : une valeur texte est attendue");
    }

    @Test
    void a_source_must_name_a_document_and_a_line() {
        assertThat(messagesOf(VALID.replace("source: \"004:30\"", "source: \"4:30\""))).containsExactly(
                "12 : la ligne « l1 » : source invalide « 4:30 » (attendu : document:ligne, par exemple « 004:33 »)");
        assertThat(messagesOf(VALID.replace("    pour: commercial", "    pour: commercial\n    source: [\"004:28\", \"J-5\"]")))
                .containsExactly("6 : l'activité « a1 » : source invalide « J-5 » (attendu : document:ligne, par exemple « 004:33 »)");
    }

    @Test
    void every_source_an_activity_and_its_lines_cite_is_kept() {
        LoadedPlaybook p = load(VALID.replace("    pour: commercial", "    pour: commercial\n    source: [\"004:28\", \"004:36\"]"));
        assertThat(p.sources()).containsExactly("004:28", "004:36", "004:30");
        assertThat(load(VALID.replace("    pour: commercial", "    pour: commercial\n    source: \"004:28\""))
                .sources()).containsExactly("004:28", "004:30");
    }

    @Test
    void an_error_about_the_whole_file_has_no_line() {
        assertThat(new PlaybookError("playbook-b2c.yaml", 0, "fichier vide")).hasToString(
                "playbook-b2c.yaml : fichier vide");
        assertThat(new PlaybookError("playbook-b2c.yaml", 1, "clé inconnue")).hasToString(
                "playbook-b2c.yaml, ligne 1 : clé inconnue");
    }

    // --- file shape

    @Test
    void an_empty_file_is_said_so_for_the_whole_file() {
        assertThat(errorsOf("")).containsExactly(new PlaybookError("playbook-b2c.yaml", 0, "le fichier est vide"));
    }

    @Test
    void a_number_given_as_a_list_is_one_mistake_not_two() {
        assertThat(messagesOf(due("{depuis: cession, jours: [1, 2]}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 », jours : une valeur texte est attendue");
    }

    @Test
    void a_key_that_is_not_a_name_is_refused() {
        assertThat(messagesOf(VALID.replace("    pour: commercial", "    ? [pour]\n    : commercial"))).containsExactly(
                "5 : une activité : clé invalide");
    }

    @Test
    void transitions_are_a_mapping_by_status_each_given_once() {
        assertThat(messagesOf(VALID.replace("transitions:\n  paiement_verifie:\n    lignes: [l1]\n    regles: [fonds_48h]",
                "transitions: [paiement_verifie]"))).containsExactly(
                "13 : transitions : une liste de clés « nom: valeur » est attendue");
        assertThat(messagesOf(VALID + "  paiement_verifie:\n    regles: [fonds_48h]\n")).containsExactly(
                "17 : la transition vers « paiement_verifie » est définie deux fois");
    }

    // --- signaux_fraude (seed 003:9): bounds are inclusive

    @Test
    void fraud_figures_at_their_bounds_are_accepted_and_one_past_is_not() {
        var s = load(fraud("seuil_revue: 1000\n  prix_haut_de_gamme_euros: 1000\n  poids:\n    iban_etranger: 1000"))
                .fraudSettings();
        assertThat(s.reviewThreshold()).isEqualTo(1000);
        assertThat(s.premiumPriceEuros()).isEqualTo(1000);
        assertThat(s.weight(fr.cession.domain.risk.FraudSignal.IBAN_ETRANGER)).isEqualTo(1000);
        assertThat(load(fraud("seuil_revue: 1")).fraudSettings().reviewThreshold()).isEqualTo(1);
        assertThat(messagesOf(fraud("seuil_revue: 1001\n  prix_haut_de_gamme_euros: 999\n  poids:\n    iban_etranger: -1")))
                .containsExactly(
                        "3 : signaux_fraude.seuil_revue : 1001 hors bornes (attendu entre 1 et 1000)",
                        "4 : signaux_fraude.prix_haut_de_gamme_euros : 999 hors bornes (attendu entre 1000 et 1000000)",
                        "6 : signaux_fraude.poids.iban_etranger : -1 hors bornes (attendu entre 0 et 1000)");
        assertThat(messagesOf(fraud("poids: 12"))).containsExactly(
                "3 : signaux_fraude.poids : une liste de clés « nom: valeur » est attendue");
    }

    private static String fraud(String lines) {
        return VALID.replace("fuseau: Europe/Paris", "fuseau: Europe/Paris\nsignaux_fraude:\n  " + lines);
    }

    private static String due(String rule) {
        return VALID.replace(DUE, rule);
    }

    private static String settings(String lines) {
        return VALID.replace("fuseau: Europe/Paris", "fuseau: Europe/Paris\nreglages:\n  " + lines);
    }

}
