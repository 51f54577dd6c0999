package fr.cession.app;

import fr.cession.domain.reminder.ImminentOutcomes;
import fr.cession.domain.workflow.DueTimers;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The reminders' « issue automatique dans l'heure » read from the playbook's timers: what Ma
 * journée lists as « Se déclenche dans les 24 h », cut to the reminder's window. Every timer of
 * the person's store counts, as on Ma journée (the store holds the orders the person may see).
 */
final class ImminentTimers implements ImminentOutcomes {

    private final DueTimers timers;
    private final Clock clock;

    ImminentTimers(DueTimers timers, Clock clock) {
        this.timers = timers;
        this.clock = clock;
    }

    @Override
    public List<Outcome> firingBetween(String login, java.time.Instant from, java.time.Instant to) {
        Duration ahead = Duration.between(clock.instant(), to);
        if (ahead.isNegative()) {
            return List.of();
        }
        return timers.upcoming(ahead).stream().filter(t -> !t.dueAt().isBefore(from))
                .map(t -> new Outcome(t.orderId(), t.orderNumber(), t.definition().history(), t.dueAt())).toList();
    }
}
