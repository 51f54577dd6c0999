package fr.cession.domain.playbook;

import java.util.List;

/**
 * A {@code delais:} entry: when {@code startEvent} happened and none of {@code voidingEvents}
 * followed before the due instant, {@code outcome} happens by itself. {@code history} is the
 * text the order's history shows, before « (échéance du …) ».
 */
public record TimerDefinition(String code, String title, String startEvent, TimerDelay delay, TimerOutcome outcome,
                              List<String> voidingEvents, String history, List<String> sources, int line) {

    public TimerDefinition {
        voidingEvents = List.copyOf(voidingEvents);
        sources = List.copyOf(sources);
    }
}
