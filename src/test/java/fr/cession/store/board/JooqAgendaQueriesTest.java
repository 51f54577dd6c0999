package fr.cession.store.board;

import fr.cession.domain.agenda.Appointment;
import fr.cession.domain.agenda.DoubleBookings;
import fr.cession.domain.order.CancellationCase;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.real.RealStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's reads on a real store (clock: Tuesday 10 March 2026): the inspector of each
 * hand-over (004:50) comes with the appointment, and one inspector's live hand-overs are read by
 * name, a cancelled order's slot freed.
 */
class JooqAgendaQueriesTest {

    private static final LocalDateTime FROM = LocalDateTime.parse("2026-03-16T00:00");
    private static final LocalDateTime TO = LocalDateTime.parse("2026-03-23T00:00");
    private final RealStore real = new RealStore();
    private final JooqAgendaQueries queries = new JooqAgendaQueries(real.db.dsl());

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void one_inspectors_live_hand_overs_are_read_with_the_inspector_and_flagged_when_they_overlap() {
        UUID first = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", "2026-03-19T10:00", "Marc Lefèvre");
        UUID second = booked("Garnier", "BB-200-BB", "VF1BBBBBB22222222", "2026-03-19T10:30", "Marc Lefèvre");
        UUID other = booked("Petit", "CC-300-CC", "VF1CCCCCC33333333", "2026-03-19T10:00", "Sophie Girard");
        UUID cancelled = booked("Roux", "DD-400-DD", "VF1DDDDDD44444444", "2026-03-19T10:15", "Marc Lefèvre");
        real.workflow.cancel(cancelled, CancellationCase.FRAIS_RESERVATION_SEULS, "Le client renonce", TestUi.ACTOR);

        assertThat(queries.ofInspector("marc lefèvre", FROM, TO)).extracting(Appointment::orderId)
                .containsExactly(first, second);
        assertThat(queries.between(FROM, TO)).filteredOn(a -> a.orderId().equals(other))
                .singleElement().extracting(Appointment::inspector).isEqualTo("Sophie Girard");
        assertThat(new DoubleBookings(Duration.ofMinutes(60)).among(queries.between(FROM, TO)))
                .containsOnlyKeys(first, second);
    }

    @Test
    void a_changed_inspector_is_written_to_the_orders_history() {
        UUID id = booked("Martin", "AA-100-AA", "VF1AAAAAA11111111", "2026-03-19T10:00", "Marc Lefèvre");
        real.actions.setInspector(id, "Sophie Girard", TestUi.ACTOR);
        var changes = real.db.dsl().select(CHANGE_FIELD.OLD_VALUE, CHANGE_FIELD.NEW_VALUE).from(CHANGE_FIELD)
                .join(CHANGE_OP).on(CHANGE_OP.OP_ID.eq(CHANGE_FIELD.OP_ID))
                .where(CHANGE_OP.ENTITY_ID.eq(id)).and(CHANGE_FIELD.FIELD.eq("inspector"))
                .orderBy(CHANGE_OP.LOCAL_SEQ).fetch();
        assertThat(changes).extracting(r -> r.value1() + " -> " + r.value2())
                .containsExactly("null -> Marc Lefèvre", "Marc Lefèvre -> Sophie Girard");
    }

    private UUID booked(String last, String plate, String vin, String at, String inspector) {
        UUID id = real.order(last, plate, vin, 2, TestUi.ACTOR).orderId();
        real.workflow.setHandoverDate(id, LocalDateTime.parse(at), TestUi.ACTOR);
        real.actions.setInspector(id, inspector, TestUi.ACTOR);
        return id;
    }
}
