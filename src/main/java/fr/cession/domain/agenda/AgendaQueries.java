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

    /**
     * The live hand-overs one inspector holds from {@code from} (included) to {@code to}
     * (excluded), in time order: what a new booking of theirs may clash with.
     */
    default List<Appointment> ofInspector(String inspector, LocalDateTime from, LocalDateTime to) {
        return between(from, to).stream().filter(a -> a.inspector() != null
                && a.inspector().equalsIgnoreCase(inspector.strip())).toList();
    }

    /** The designated inspectors and the hand-over slot ({@link InspectorRoster#NONE} unless given). */
    default InspectorRoster roster() {
        return InspectorRoster.NONE;
    }

    /** These queries with the inspectors of {@code config/inspecteurs.properties}. */
    default AgendaQueries with(InspectorRoster roster) {
        AgendaQueries self = this;
        return new AgendaQueries() {
            @Override
            public List<Appointment> between(LocalDateTime from, LocalDateTime to) {
                return self.between(from, to);
            }

            @Override
            public List<Appointment> ofInspector(String inspector, LocalDateTime from, LocalDateTime to) {
                return self.ofInspector(inspector, from, to);
            }

            @Override
            public InspectorRoster roster() {
                return roster;
            }
        };
    }
}
