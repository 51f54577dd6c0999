package fr.cession.domain.timer;

import java.util.List;
import java.util.UUID;

/**
 * Where the timer engine finds its orders and the events no order field records. The store
 * lists the orders still open; the complaints desk, once it exists, gives its
 * {@code reclamation_ouverte} / {@code reclamation_repondue} events here.
 */
public interface TimerSources {

    TimerSources NONE = new TimerSources() {
        @Override
        public List<UUID> openOrders() {
            return List.of();
        }
    };

    /** Orders neither closed nor cancelled: the only ones a timer can still act on. */
    List<UUID> openOrders();

    /** Events of the order that its history does not carry (complaints), any order. */
    default List<OrderEvent> otherEvents(UUID orderId) {
        return List.of();
    }
}
