package fr.cession.domain.agenda;

import java.time.LocalDateTime;
import java.util.List;

/** The read side of the agenda: the appointments of live orders in a time range. */
public interface AgendaQueries {

    /** For a desktop without a store to ask (tests of other screens). */
    AgendaQueries NONE = (from, to) -> List.of();

    /**
     * The hand-overs and deliveries of orders neither cancelled nor closed, from {@code from}
     * (included) to {@code to} (excluded), in time order.
     */
    List<Appointment> between(LocalDateTime from, LocalDateTime to);
}
