package fr.cession.domain.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 000 « acompte de 15% »: the default deposit of a new account, from config/comptes-clients.properties. */
class CustomerAccountSettingsTest {

    @Test
    void the_shipped_file_says_000s_fifteen_percent() {
        assertThat(CustomerAccountSettings.load(Path.of("config")).defaultDepositPercent()).isEqualTo(15);
    }

    @Test
    void without_a_file_the_seed_figure_holds(@TempDir Path dir) {
        assertThat(CustomerAccountSettings.load(dir)).isEqualTo(CustomerAccountSettings.SEED_000);
    }

    @Test
    void a_configured_figure_replaces_it(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(CustomerAccountSettings.FILE), "# acompte\nacompte.pourcent.defaut = 20\n");
        assertThat(CustomerAccountSettings.load(dir).defaultDepositPercent()).isEqualTo(20);
    }

    @Test
    void a_wrong_value_is_refused_with_its_line() {
        assertThatThrownBy(() -> CustomerAccountSettings.parse("comptes-clients.properties",
                List.of("# commentaire", "acompte.pourcent.defaut=150")))
                .hasMessageContaining("ligne 2").hasMessageContaining("0 à 100").hasMessageContaining("150");
        assertThatThrownBy(() -> CustomerAccountSettings.parse("f", List.of("acompte=15")))
                .hasMessageContaining("ligne 1").hasMessageContaining("clé inconnue « acompte »");
    }
}
