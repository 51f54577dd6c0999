package fr.cession.domain.board;

import fr.cession.domain.order.OrderStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** config/tableau.properties: a figure for every stage, one per stage, and each refused line named. */
class StuckThresholdsTest {

    @Test
    void aStageOwnFigureWinsOverTheCommonOneAndClosedOrdersAreNeverStuck() {
        StuckThresholds t = StuckThresholds.parse(List.of("# commentaire", "bloquee.jours=10",
                "bloquee.jours.RESERVEE = 2", ""));
        assertThat(t.daysFor(OrderStatus.RESERVEE)).contains(2);
        assertThat(t.daysFor(OrderStatus.ORGANISEE)).contains(10);
        assertThat(t.stuck(OrderStatus.RESERVEE, 3)).isTrue();
        assertThat(t.stuck(OrderStatus.RESERVEE, 2)).isFalse();
        assertThat(t.stuck(OrderStatus.ANNULEE, 400)).isFalse();
        assertThat(StuckThresholds.NONE.stuck(OrderStatus.RESERVEE, 400)).isFalse();
    }

    @Test
    void theShippedFileIsValid() throws Exception {
        StuckThresholds t = StuckThresholds.parse(java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("config", StuckThresholds.FILE_NAME)));
        // 004:3 and 004:17: « À la réservation » and « Déstockage » are done at J or J+1
        assertThat(t.daysFor(OrderStatus.RESERVEE)).contains(2);
        assertThat(t.daysFor(OrderStatus.DESTOCKAGE)).contains(3);
        assertThat(t.global()).contains(10);
    }

    @Test
    void everyRefusedLineIsNamedWithItsKeyAndReason() {
        assertThatThrownBy(() -> StuckThresholds.parse(List.of("bloquee.jours=0", "bloquee.jours.LIVREE=3",
                "bloquee.jours.CLOTUREE=3", "seuil=4", "bloquee.jours.VENDUE=deux", "sans egal")))
                .isInstanceOfSatisfying(fr.cession.domain.playbook.SettingLines.Invalid.class, e -> assertThat(e.problems()).containsExactly(
                        "tableau.properties, ligne 1 : clé « bloquee.jours » : valeur « 0 » refusée : nombre de jours entier de 1 à 365 attendu",
                        "tableau.properties, ligne 2 : clé « bloquee.jours.LIVREE » : étape « LIVREE » inconnue (étapes : RESERVEE, DESTOCKAGE, ORGANISEE, PAIEMENT_VERIFIE, VENDUE)",
                        "tableau.properties, ligne 3 : clé « bloquee.jours.CLOTUREE » : une commande CLOTUREE ne reste dans aucune étape, rien à marquer",
                        "tableau.properties, ligne 4 : clé « seuil » inconnue (attendu : bloquee.jours ou bloquee.jours.ETAPE)",
                        "tableau.properties, ligne 5 : clé « bloquee.jours.VENDUE » : valeur « deux » refusée : nombre de jours entier de 1 à 365 attendu",
                        "tableau.properties, ligne 6 : « clé=valeur » attendu, trouvé « sans egal »"));
    }
}
