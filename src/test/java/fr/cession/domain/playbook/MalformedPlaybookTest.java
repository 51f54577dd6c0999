package fr.cession.domain.playbook;

import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.cession.domain.playbook.SmallPlaybook.VALID;
import static fr.cession.domain.playbook.SmallPlaybook.errorsOf;
import static fr.cession.domain.playbook.SmallPlaybook.load;
import static fr.cession.domain.playbook.SmallPlaybook.messagesOf;
import static fr.cession.domain.playbook.TestOrders.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** A manager's mistakes are reported in French, with the file, the line, and all at once. */
class MalformedPlaybookTest {

    @Test
    void theBaseTextIsValid() {
        assertThat(load(VALID).activityCodes()).containsExactly("a1");
    }

    @Test
    void anUnknownStatusNamesTheExpectedOnes() {
        List<PlaybookError> errors = errorsOf(VALID.replace("statut: organisee", "statut: organisé"));
        assertThat(errors).containsExactly(new PlaybookError("playbook-b2c.yaml", 7,
                "statut inconnu « organisé » (attendu : reservee, destockage, organisee, paiement_verifie, "
                        + "vendue, cloturee, annulee)"));
        assertThat(errors.get(0)).hasToString("playbook-b2c.yaml, ligne 7 : statut inconnu « organisé » (attendu : "
                + "reservee, destockage, organisee, paiement_verifie, vendue, cloturee, annulee)");
    }

    @Test
    void anUnknownKeyIsReportedWhereItIs() {
        assertThat(errorsOf(VALID.replace("    titre:", "    titel:"))).extracting(PlaybookError::line,
                PlaybookError::message).containsExactly(
                tuple(3, "l'activité « a1 » : « titre » manquant"),
                tuple(4, "clé inconnue « titel » dans une activité (attendu : code, "
                        + "titre, pour, source, declencheurs, echeance, lignes)"));
    }

    @Test
    void unknownRoleDocumentRuleAndConditionAreAllReported() {
        String text = VALID.replace("pour: commercial", "pour: vendeur")
                .replace("source: \"004:30\"", "source: \"004:30\"\n        si: {paiement: VIRT, couleur: rouge}")
                .replace("regles: [fonds_48h]", "regles: [fonds_24h]\n    documents: [PASSEPORT]");
        List<PlaybookError> errors = errorsOf(text);
        assertThat(errors).extracting(PlaybookError::line).containsExactly(5, 13, 13, 17, 18);
        assertThat(errors).extracting(PlaybookError::message).containsExactly(
                "rôle inconnu « vendeur » (attendu : commercial, adv, manager, responsable_cheques)",
                "valeur inconnue pour la condition « paiement » : « VIRT » (attendu : VIR, CHQ, CRD)",
                "condition inconnue « couleur » (attendu : paiement, remise, acheteur, cg, travaux_ct, "
                        + "travaux_revision, ct_requis, date_cession, annulation, deja_organisee)",
                "règle inconnue « fonds_24h » (attendu : delai_cession, fonds_48h, virement_72h, credit_sans_reserve, "
                        + "documents_valides, ct_valide, fonds_credit_transferes, activites_terminees, revue_fraude)",
                "type de document inconnu « PASSEPORT » (attendu : CNI, JUSTIFICATIF_DOMICILE, PERMIS, ASSURANCE, "
                        + "KBIS, CNI_GERANT, PERMIS_COLLECTEUR, PROCURATION, CNI_COTITULAIRE, PIECE_IDENTITE_KYC_1, "
                        + "PIECE_IDENTITE_KYC_2, RIB, OFFRE_CREDIT, RAPPORT_CT, BON_DE_REMISE, CERFA_CESSION, "
                        + "RAPPORT_INSPECTION, BON_ENLEVEMENT, COPIE_CG, CG_BARREE)");
    }

    @Test
    void duplicateActivityAndLineCodesPointAtTheSecondOne() {
        String second = """
                  - code: a1
                    titre: "Encore"
                    declencheurs:
                      - evenement: creation
                    echeance: {depuis: reservation, jours: 1}
                    lignes:
                      - code: l1
                        texte: "Encore"
                        source: "004:5"
                transitions:""";
        List<PlaybookError> errors = errorsOf(VALID.replace("transitions:", second));
        assertThat(errors).extracting(Object::toString).containsExactly(
                "playbook-b2c.yaml, ligne 13 : code d'activité « a1 » en double (déjà utilisé ligne 3)",
                "playbook-b2c.yaml, ligne 19 : code de ligne « l1 » en double (déjà utilisé ligne 10)");
    }

    @Test
    void aBadDeadlineIsExplained() {
        assertThat(messagesOf(VALID.replace("jours: -5, ouvres: oui, heure: \"18:00\"", "ouvres: oui")))
                .containsExactly("8 : l'échéance de l'activité « a1 » : indiquer soit « jours », soit « heures »");
        assertThat(messagesOf(VALID.replace("depuis: cession", "depuis: livraison"))).containsExactly(
                "8 : point de départ inconnu pour l'échéance de l'activité « a1 » : « livraison » "
                        + "(attendu : reservation, cession, annulation, retractation)");
        assertThat(messagesOf(VALID.replace("{depuis: cession, jours: -5, ouvres: oui, heure: \"18:00\"}",
                "{depuis: reservation, heures: 48}"))).containsExactly(
                "8 : l'échéance de l'activité « a1 » : « heures » ne se compte que depuis cession, annulation ou retractation");
    }

    @Test
    void aBadTimeOfDayIsExplained() {
        assertThat(messagesOf(VALID.replace("\"18:00\"", "\"25:00\""))).containsExactly(
                "8 : l'échéance de l'activité « a1 » : heure invalide « 25:00 » (attendu HH:MM, par exemple 18:00)");
    }

    @Test
    void anEmptyChecklistAndAMissingTitleAreRefused() {
        String text = VALID.replace("    titre: \"Vérification des documents B2C\"\n", "")
                .replace("""
                            lignes:
                              - code: l1
                                texte: "Vérification des documents reçus"
                                source: "004:30"
                        """, "    lignes: []\n")
                .replace("    lignes: [l1]\n", "");
        assertThat(messagesOf(text)).containsExactly(
                "3 : l'activité « a1 » : « titre » manquant",
                "8 : l'activité « a1 » : liste de contrôle vide (« lignes » manquantes)");
    }

    @Test
    void aTriggerWithoutAnEventIsRefused() {
        assertThat(messagesOf(VALID.replace("- statut: organisee", "- si: {paiement: CHQ}"))).containsExactly(
                "7 : l'activité « a1 » : un déclencheur indique soit « evenement: ... » (creation, remboursement_approuve,"
                        + " reclamation_ouverte, reclamation_repondue), soit « statut: ... »");
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        String text = VALID.replace("fuseau: Europe/Paris", """
                fuseau: Europe/Paris
                reglages:
                  delai_cession_min_jours: 200
                  ct_age_max_mois: cinq""");
        assertThat(messagesOf(text)).containsExactly(
                "3 : reglages.delai_cession_min_jours : 200 hors bornes (attendu entre 0 et 60)",
                "4 : reglages.ct_age_max_mois : nombre entier attendu, trouvé « cinq »");
    }

    @Test
    void aTransitionNamingAnUnknownLineIsRefused() {
        assertThat(messagesOf(VALID.replace("lignes: [l1]", "lignes: [l2]"))).containsExactly(
                "15 : la transition vers « paiement_verifie » : ligne inconnue « l2 » (aucune ligne d'activité n'a ce code)");
    }

    @Test
    void aYamlSyntaxErrorGivesItsLine() {
        List<PlaybookError> errors = errorsOf(VALID.replace("texte: \"Vérification des documents reçus\"",
                "texte: \"Vérification des documents reçus"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).startsWith("syntaxe YAML invalide");
        assertThat(errors.get(0).line()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void everyMistakeIsListedNotJustTheFirst() {
        String text = VALID.replace("statut: organisee", "statut: organisé")
                .replace("pour: commercial", "pour: vendeur")
                .replace("\"18:00\"", "\"18h\"");
        PlaybookException e = catchThrowableOfType(PlaybookException.class, () -> load(text));
        assertThat(e.errors()).hasSize(3);
        assertThat(e.getMessage()).startsWith("Le playbook contient 3 erreurs :")
                .contains("ligne 5 : rôle inconnu", "ligne 7 : statut inconnu", "ligne 8 : l'échéance");
    }

    @Test
    void anUnknownSectionAndAnUnknownZoneAreRefused() {
        assertThat(messagesOf(VALID.replace("fuseau: Europe/Paris", "fuseau: Europe/Lutece\netapes: []")))
                .containsExactly("1 : fuseau horaire inconnu « Europe/Lutece » (par exemple Europe/Paris)",
                        "2 : clé inconnue « etapes » dans le fichier (attendu : fuseau, reglages, signaux_fraude, activites, documents, "
                                + "transitions, delais)");
    }

    @Test
    void aMissingFileIsReportedByName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        PlaybookException e = catchThrowableOfType(PlaybookException.class,
                () -> new PlaybookLoader(CALENDAR).load(dir.resolve("playbook-b2c.yaml")));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.file()).isEqualTo("playbook-b2c.yaml");
            assertThat(err.message()).startsWith("fichier illisible");
        });
    }
}
