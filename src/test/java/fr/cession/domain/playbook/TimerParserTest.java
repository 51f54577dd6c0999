package fr.cession.domain.playbook;

import fr.cession.domain.time.FrenchCalendar;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code delais:} section: read, and refused with their line. */
class TimerParserTest {

    private final PlaybookLoader loader = new PlaybookLoader(new FrenchCalendar());

    private static String with(String tail) {
        return SmallPlaybook.VALID + tail;
    }

    private String errorOf(String text) {
        try {
            loader.load("p.yaml", text);
        } catch (PlaybookException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + text);
    }

    // 001:15, 001:33, 003:6 — the shipped playbook's timers and return window
    @Test
    void the_shipped_playbook_has_the_three_timers_of_seed_001_and_the_seven_day_return() {
        LoadedPlaybook p = loader.load(Path.of("config/playbook-b2c.yaml"));
        assertThat(p.timers()).extracting(TimerDefinition::code, t -> t.delay().label(), TimerDefinition::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("reservation_non_validee", "48 h", TimerOutcome.ANNULATION),
                        org.assertj.core.groups.Tuple.tuple("vente_terminee_sans_reclamation", "7 jours", TimerOutcome.CLOTURE),
                        org.assertj.core.groups.Tuple.tuple("reclamation_sans_reponse", "48 h", TimerOutcome.ESCALADE_MANAGER));
        assertThat(p.timers().get(1).voidingEvents()).contains("reclamation_ouverte");
        assertThat(p.timers().get(2).startEvent()).isEqualTo("reclamation_ouverte");
        assertThat(p.timers().get(2).voidingEvents()).containsExactly("reclamation_repondue");
        assertThat(p.commercialReturnDays()).isEqualTo(7);
        assertThat(p.timers()).flatExtracting(TimerDefinition::sources).contains("001:15", "001:33");
    }

    @Test
    void an_unknown_event_is_refused_with_its_line() {
        String e = errorOf(with("""
                delais:
                  - code: t
                    titre: T
                    depuis: livraison_faite
                    heures: 48
                    resultat: annulation
                    historique: h
                """));
        assertThat(e).contains("ligne 20").contains("événement inconnu « livraison_faite »").contains("statut_vendue");
    }

    @Test
    void a_delay_is_one_of_hours_days_or_working_days_within_bounds() {
        assertThat(errorOf(with("""
                delais:
                  - code: t
                    titre: T
                    depuis: creation
                    heures: 48
                    jours: 2
                    resultat: annulation
                    historique: h
                """))).contains("ligne 18").contains("un et un seul de « heures », « jours » ou « jours_ouvres »");
        assertThat(errorOf(with("""
                delais:
                  - code: t
                    titre: T
                    depuis: creation
                    jours_ouvres: 0
                    resultat: annulation
                    historique: h
                """))).contains("ligne 21").contains("jours_ouvres : 0 hors bornes");
    }

    @Test
    void closing_starts_from_the_sale_and_an_event_cannot_start_and_void_the_same_timer() {
        String e = errorOf(with("""
                delais:
                  - code: t
                    titre: T
                    depuis: creation
                    jours: 7
                    resultat: cloture
                    annule_par: [creation]
                    historique: h
                """));
        assertThat(e).contains("ligne 23").contains("ne peut pas à la fois démarrer et annuler le délai");
    }

    @Test
    void a_closing_timer_not_started_by_the_sale_and_a_code_used_twice_are_refused() {
        String timer = """
                  - code: t
                    titre: T
                    depuis: creation
                    jours: 7
                    resultat: cloture
                    historique: h
                """;
        String e = errorOf(with("delais:\n" + timer + timer));
        assertThat(e).contains("ligne 18 : le délai « t » clôture la commande : il doit partir de « statut_vendue »")
                .contains("ligne 24 : le délai « t » est défini deux fois").contains("le délai « t » est défini deux fois");
    }

    // 003:6 « une politique de retour de sept jours »
    @Test
    void the_return_window_is_the_settings_one_and_an_old_top_level_key_is_refused() {
        assertThat(errorOf(with("retour_commercial_jours: 7\n"))).contains("retour_commercial_jours");
        assertThat(loader.load("p.yaml", with("")).commercialReturnDays())
                .isEqualTo(loader.load("p.yaml", with("")).settings().returnDays());
    }
}
