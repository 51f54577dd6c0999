package fr.cession.cli;

import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Order;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    private final FakeEnvironment env = new FakeEnvironment();

    static String sample(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/import/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsGoodRowsAndReportsBadOnesWithLineColumnAndReason() {
        env.rejectedVins.add("VF1BADVIN00000000");
        CliRun run = CliRun.of(env, "import", sample("export-bo.csv"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(env.orders).containsOnlyKeys("BO-2025-0101", "BO-2025-0102");
        assertThat(run.err()).contains(
                "export-bo.csv, ligne 4, colonne « date_reservation » : date illisible « 32/03/2025 »",
                "export-bo.csv, ligne 5, colonne « frais_reservation » : nombre illisible « douze »",
                "export-bo.csv, ligne 5, colonne « paiement » : valeur inconnue « CB »",
                "export-bo.csv, ligne 5, colonne « remise » : valeur inconnue « DOMICILE »",
                "export-bo.csv, ligne 6, colonne « vin » : VIN invalide");
        assertThat(run.out()).contains("2 importée(s), 0 déjà importée(s), 3 rejetée(s) sur 5 ligne(s)");

        Order lea = env.orders.get("BO-2025-0101").order();
        assertThat(lea.reservationFee()).isEqualByComparingTo("250");
        assertThat(lea.vehicle().price()).isEqualByComparingTo(new BigDecimal("15990"));
        assertThat(lea.vehicle().mileageKm()).isEqualTo(45_000);
        assertThat(lea.handoverAt()).isEqualTo(LocalDateTime.of(2025, 3, 14, 10, 0));
        assertThat(lea.advisor()).isEqualTo("j.dupont");
        Order company = env.orders.get("BO-2025-0102").order();
        assertThat(company.customer().kind()).isEqualTo(CustomerKind.SOCIETE);
        assertThat(company.customer().companySiren()).isEqualTo("732829320");
        assertThat(company.vehicle().price()).isEqualByComparingTo("22490.50");
        assertThat(company.advisor()).isEqualTo("c.martin");
    }

    @Test
    void aSecondImportChangesNothing() {
        CliRun.of(env, "import", sample("export-bo.csv"));
        var before = Map.copyOf(env.orders);
        CliRun second = CliRun.of(env, "import", sample("export-bo.csv"));
        assertThat(env.orders).isEqualTo(before);
        assertThat(second.out()).contains("commande BO-2025-0101 déjà importée", "0 importée(s), 3 déjà importée(s)");
    }

    @Test
    void acceptsACommaSeparatedFileWithABom() {
        CliRun run = CliRun.of(env, "import", sample("bom-virgule.csv"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(env.orders).containsOnlyKeys("BO-2025-0200");
    }
    @Test
    void eachImportWritesOneInfoLineWithFileEncodingCountsAndDuration() {
        // Issue 8, "Logs an operator can use": one INFO line per import, whatever its outcome.
        Logger logger = (Logger) LoggerFactory.getLogger(ImportCommand.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            env.rejectedVins.add("VF1BADVIN00000000");
            CliRun.of(env, "import", sample("export-bo.csv"));
        } finally {
            logger.detachAppender(lines);
        }
        assertThat(lines.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.INFO);
            assertThat(e.getFormattedMessage()).startsWith("Import de export-bo.csv (UTF-8) : 5 ligne(s) lue(s), "
                    + "2 importée(s), 0 déjà importée(s), 3 rejetée(s) dont 0 conflit(s), en ").endsWith(" ms");
        });
    }
}
