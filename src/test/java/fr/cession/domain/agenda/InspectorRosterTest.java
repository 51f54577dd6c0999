package fr.cession.domain.agenda;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** config/inspecteurs.properties: the designated inspectors (004:50), their cheque accreditation (004:51), the slot. */
class InspectorRosterTest {

    @Test
    void the_shipped_file_reads_and_names_an_accredited_inspector() throws IOException {
        InspectorRoster roster = InspectorRoster.parse(Files.readAllLines(Path.of("config", InspectorRoster.FILE_NAME),
                StandardCharsets.UTF_8));
        assertThat(roster.inspectors()).isNotEmpty();
        assertThat(roster.inspectors()).anyMatch(Inspector::chequeAccredited);
        assertThat(roster.slot()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void names_sites_and_cheque_accreditation_are_read_per_line() {
        InspectorRoster roster = InspectorRoster.parse(List.of("# commentaire", "inspecteur=Marc Lefèvre ; PARIS ; chèque",
                "inspecteur=Sophie Girard ; PARIS, LYON", "inspecteur=Thomas Roussel", "creneau.minutes=90"));
        assertThat(roster.slot()).isEqualTo(Duration.ofMinutes(90));
        assertThat(roster.find("marc lefèvre")).hasValueSatisfying(i -> {
            assertThat(i.chequeAccredited()).isTrue();
            assertThat(i.sites()).containsExactly("PARIS");
        });
        assertThat(roster.find("Sophie Girard").orElseThrow().chequeAccredited()).isFalse();
        assertThat(roster.forSite("LYON")).extracting(Inspector::name).containsExactly("Sophie Girard", "Thomas Roussel");
    }

    @Test
    void every_refused_line_is_named_with_its_number_and_reason() {
        assertThatThrownBy(() -> InspectorRoster.parse(List.of("inspecteur= ; PARIS", "creneau.minutes=5",
                "inspecteur=A ; ; oui", "couleur=bleu", "inspecteur=B", "inspecteur=b")))
                .isInstanceOfSatisfying(fr.cession.domain.playbook.SettingLines.Invalid.class, e -> assertThat(e.problems()).containsExactly(
                        "inspecteurs.properties, ligne 1 : inspecteur sans nom (attendu : inspecteur=Nom ; sites ; chèque)",
                        "inspecteurs.properties, ligne 2 : clé « creneau.minutes » : valeur « 5 » refusée : nombre de "
                                + "minutes entier de 15 à 480 attendu",
                        "inspecteurs.properties, ligne 3 : inspecteur « A » : « oui » refusé, « chèque » ou rien attendu "
                                + "en troisième partie",
                        "inspecteurs.properties, ligne 4 : clé « couleur » inconnue (attendu : inspecteur ou creneau.minutes)",
                        "inspecteurs.properties, ligne 6 : inspecteur « b » : déjà nommé plus haut"));
    }

    @Test
    void without_a_file_the_slot_is_an_hour_and_no_one_is_listed() {
        assertThat(InspectorRoster.NONE.slot()).isEqualTo(Duration.ofMinutes(60));
        assertThat(InspectorRoster.NONE.inspectors()).isEmpty();
    }
}
