package fr.cession.domain.timer;

import fr.cession.domain.audit.Change;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.TimerDefinition;
import fr.cession.domain.time.FrenchCalendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which timed outcomes of the playbook run on an order: started by their event (its latest
 * occurrence), not voided by a voiding event before the due instant, not fired yet, and still
 * possible in the order's state. Pure: the events come from the history and, for events no
 * history field carries (complaints), from their desk.
 */
public final class TimerEngine {

    private final Playbook playbook;
    private final FrenchCalendar calendar;

    public TimerEngine(Playbook playbook, FrenchCalendar calendar) {
        this.playbook = playbook;
        this.calendar = calendar;
    }

    public List<ArmedTimer> armed(OrderFile file, List<Change> history, List<OrderEvent> otherEvents) {
        List<OrderEvent> events = new ArrayList<>(OrderEvents.fromHistory(history));
        events.addAll(OrderEvents.fromComplaints(file.afterSale()));
        events.addAll(otherEvents);
        List<ArmedTimer> out = new ArrayList<>();
        for (TimerDefinition t : playbook.timers()) {
            armed(file, history, events, t).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(ArmedTimer::dueAt));
        return out;
    }

    private Optional<ArmedTimer> armed(OrderFile file, List<Change> history, List<OrderEvent> events,
                                       TimerDefinition t) {
        Optional<Instant> start = events.stream().filter(e -> e.name().equals(t.startEvent())).map(OrderEvent::at)
                .max(Comparator.naturalOrder());
        if (start.isEmpty() || !possible(t, file.order().status())) {
            return Optional.empty();
        }
        Instant due = t.delay().dueFrom(start.get(), playbook.zone(), calendar);
        // A person who acted before the due instant wins; after it, the outcome stands.
        boolean voided = events.stream().anyMatch(e -> t.voidingEvents().contains(e.name())
                && !e.at().isBefore(start.get()) && e.at().isBefore(due));
        boolean fired = history.stream().anyMatch(c -> TimerActor.isTimer(c.by()) && c.at().equals(due));
        if (voided || fired) {
            return Optional.empty();
        }
        return Optional.of(new ArmedTimer(file.orderId(), file.order().number(), t, start.get(), due));
    }

    private static boolean possible(TimerDefinition t, OrderStatus status) {
        return switch (t.outcome()) {
            case ANNULATION -> status.cancellable();
            case CLOTURE -> status == OrderStatus.VENDUE;
            case ESCALADE_MANAGER -> !status.terminal();
        };
    }
}
