package fr.cession.domain.risk;

import fr.cession.domain.order.Order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the store knows beyond one order file for the red flags of 003:9: other orders carrying
 * this order's phone or e-mail under another customer's name (their numbers), and when the
 * order's address last changed (from its history).
 */
@FunctionalInterface
public interface SharedContacts {

    /** For a workflow without a store to look in (simulations, tests). */
    SharedContacts NONE = order -> List.of();

    List<String> otherNamesSameContact(Order order);

    /** When a person last changed the buyer's address after the order was created; empty when never. */
    default Optional<Instant> lastAddressChange(UUID orderId) {
        return Optional.empty();
    }
}
