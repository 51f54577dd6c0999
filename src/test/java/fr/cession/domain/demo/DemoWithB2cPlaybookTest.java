package fr.cession.domain.demo;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.time.FrenchCalendar;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data set planned by the real B2C playbook of config/. */
class DemoWithB2cPlaybookTest {

    private static final Instant NOW = Instant.parse("2025-03-12T10:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void plansTheSeedActivitiesWithLateAndOnTimeOnes() {
        FrenchCalendar calendar = new FrenchCalendar();
        Playbook playbook = new PlaybookLoader(calendar).load(Path.of("config/playbook-b2c.yaml"));
        List<OrderFile> files = new DemoDataGenerator(playbook, calendar, Clock.fixed(NOW, PARIS))
                .generate(new DemoRequest(2024, 400, "PARIS", List.of("c.martin", "j.dupont")));

        assertThat(files.stream().map(f -> f.order().status()).collect(Collectors.toSet()))
                .containsAll(Set.of(OrderStatus.values()));
        double perOrder = files.stream().mapToInt(f -> f.activities().size()).average().orElse(0);
        assertThat(perOrder).isGreaterThan(3);
        assertThat(files.stream().flatMap(f -> f.activities().stream()).map(a -> a.timing(NOW, PARIS))
                .collect(Collectors.toSet())).contains(ActivityTiming.EN_RETARD, ActivityTiming.FAITE,
                ActivityTiming.PLANIFIEE, ActivityTiming.ANNULEE);
        assertThat(files.stream().mapToInt(f -> f.documents().size()).sum()).isPositive();
    }
}
