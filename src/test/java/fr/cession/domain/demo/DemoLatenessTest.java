package fr.cession.domain.demo;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.time.FrenchCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, "the demo data is dated around today: some late, most on time, not everything red":
 * on any day of the week, with the real playbook, some open activities are late but fewer than a
 * quarter, and most of the open work is due from today on.
 */
class DemoLatenessTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final FrenchCalendar CALENDAR = new FrenchCalendar();
    private static final Playbook PLAYBOOK = new PlaybookLoader(CALENDAR).load(Path.of("config/playbook-b2c.yaml"));

    /** A Monday morning, a Wednesday afternoon, a Friday evening, a Sunday and the day after a holiday. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-03-10T08:30:00Z", "2025-03-12T14:00:00Z", "2025-03-14T17:45:00Z",
            "2025-03-16T11:00:00Z", "2025-05-02T09:00:00Z", "2026-12-02T05:00:00Z"})
    void fewerThanAQuarterOfTheOpenActivitiesAreLate(String at) {
        Instant now = Instant.parse(at);
        List<OrderFile> files = new DemoDataGenerator(PLAYBOOK, CALENDAR, Clock.fixed(now, PARIS))
                .generate(new DemoRequest(2024, 1000, "PARIS", List.of("c.martin", "j.dupont")));
        List<Activity> open = files.stream().flatMap(f -> f.activities().stream()).filter(Activity::isOpen).toList();
        long late = open.stream().filter(a -> a.timing(now, PARIS) == ActivityTiming.EN_RETARD).count();

        assertThat(open).hasSizeGreaterThan(150);
        assertThat(late).as("late among %d open", open.size()).isPositive();
        assertThat((double) late / open.size()).as("share of open activities late").isLessThan(0.25);
    }
}
