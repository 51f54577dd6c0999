package fr.cession.domain.timer;

import java.util.List;
import java.util.UUID;

/**
 * Where the timer engine finds its orders and any event neither the order's history nor its file
 * records (the complaints' {@code reclamation_ouverte} / {@code reclamation_repondue} come from the
 * order file's after-sale cases). The store lists the orders still open.
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

    /** Events of the order that neither its history nor its file carries. */
    default List<OrderEvent> otherEvents(UUID orderId) {
        return List.of();
    }
}
