package fr.cession.domain.workflow;

import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Ledger;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.PlaybookException;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.time.FrenchCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Code monétaire et financier L112-6 / D112-3: a buyer resident in France pays at most 1 000 € in
 * cash for one purchase; the limit is the playbook's {@code reglages.plafond_especes_euros}.
 */
class CashLimitTest {

    private final WorkflowFixture f = new WorkflowFixture();

    private void cash(String amount) {
        f.workflow.recordPayment(f.id(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.ESP, new BigDecimal(amount),
                null, at("2026-04-01T09:00"), null, COMMERCIAL);
    }

    @Test
    void one_thousand_euros_in_cash_is_accepted_one_thousand_and_one_cent_is_refused_naming_the_limit() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        assertThatThrownBy(() -> cash("1000.01"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations()).extracting(RuleViolation::code).containsExactly("plafond_especes");
                    assertThat(e.violations()).extracting(RuleViolation::seedRef).containsExactly("D112-3");
                    assertThat(e.getMessage()).isEqualTo("Espèces : 1 000,01 € en espèces sur la commande, au-delà du "
                            + "plafond légal de 1 000,00 € (Code monétaire et financier, D112-3) — payez le reste par "
                            + "virement ou chèque de banque");
                });
        assertThat(f.file().payments()).isEmpty();
        cash("1000.00");
        assertThat(new Ledger(f.file().payments()).cash()).isEqualTo(100_000);
    }

    @Test
    void cash_split_in_several_movements_counts_as_one_purchase() {
        f.create(TestOrders.order(PaymentMethod.VIR));
        cash("600");
        cash("400");
        assertThatThrownBy(() -> cash("0.01")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("1 000,01 €").hasMessageContaining("1 000,00 €");
        // a transfer is not cash: the rest of the price goes through
        f.workflow.recordPayment(f.id(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("14000"), null,
                at("2026-04-01T09:00"), null, COMMERCIAL);
        assertThat(f.file().payments()).hasSize(3);
    }

    @Test
    void the_limit_comes_from_the_playbook_and_is_checked_with_its_line()
            throws Exception {
        String shipped = Files.readString(Path.of("config/playbook-b2c.yaml"));
        assertThat(shipped).contains("plafond_especes_euros: 1000");
        PlaybookLoader loader = new PlaybookLoader(new FrenchCalendar());
        assertThat(loader.load(Path.of("config/playbook-b2c.yaml")).settings().cashLimitEuros()).isEqualTo(1000);
        assertThat(loader.load("playbook-b2c.yaml", shipped.replace("plafond_especes_euros: 1000",
                "plafond_especes_euros: 500")).settings().cashLimitEuros()).isEqualTo(500);
        PlaybookException e = catchThrowableOfType(PlaybookException.class, () -> loader.load("playbook-b2c.yaml",
                shipped.replace("plafond_especes_euros: 1000", "plafond_especes_euros: 15001")));
        int line = shipped.lines().toList().indexOf(shipped.lines().filter(l -> l.contains("plafond_especes_euros"))
                .findFirst().orElseThrow()) + 1;
        assertThat(e.errors()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(line);
            assertThat(x.message()).isEqualTo("reglages.plafond_especes_euros : 15001 hors bornes (attendu entre 0 et 15000)");
        });
    }
}
