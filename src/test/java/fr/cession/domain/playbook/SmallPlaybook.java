package fr.cession.domain.playbook;

import java.util.List;

import static fr.cession.domain.playbook.TestOrders.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A small valid playbook that the parser tests break one thing at a time, and how they read it:
 * line numbers in their expected messages are those of {@link #VALID}.
 */
final class SmallPlaybook {

    static final String VALID = """
            fuseau: Europe/Paris
            activites:
              - code: a1
                titre: "Vérification des documents B2C"
                pour: commercial
                declencheurs:
                  - statut: organisee
                echeance: {depuis: cession, jours: -5, ouvres: oui, heure: "18:00"}
                lignes:
                  - code: l1
                    texte: "Vérification des documents reçus"
                    source: "004:30"
            transitions:
              paiement_verifie:
                lignes: [l1]
                regles: [fonds_48h]
            """;

    private SmallPlaybook() {
    }

    static LoadedPlaybook load(String text) {
        return new PlaybookLoader(CALENDAR).load("playbook-b2c.yaml", text);
    }

    static List<PlaybookError> errorsOf(String text) {
        PlaybookException e = catchThrowableOfType(PlaybookException.class, () -> load(text));
        assertThat(e).as("the playbook should be refused").isNotNull();
        return e.errors();
    }

    /** Errors as "line : message". */
    static List<String> messagesOf(String text) {
        return errorsOf(text).stream().map(e -> e.line() + " : " + e.message()).toList();
    }
}
