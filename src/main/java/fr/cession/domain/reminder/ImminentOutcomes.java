package fr.cession.domain.reminder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Timed outcomes about to fire on their own (an order not confirmed within 48 h cancelled, an order
 * completed 7 days after hand-over, seed 001 as DOMAIN.md reads it): what the reminders warn of
 * before it happens. The timers implement it; until they do, {@link #NONE} has nothing to say.
 * May touch a database: called off the FX thread.
 */
public interface ImminentOutcomes {

    /**
     * @param orderId  the order the outcome changes (the reminder opens it)
     * @param what     what will happen, in French, as the person reads it (« annulation automatique »)
     * @param firesAt  when it fires
     */
    record Outcome(UUID orderId, String orderNumber, String what, Instant firesAt) {
    }

    /** Outcomes of orders {@code login} is concerned with, firing between {@code from} and {@code to}. */
    List<Outcome> firingBetween(String login, Instant from, Instant to);

    ImminentOutcomes NONE = (login, from, to) -> List.of();
}
