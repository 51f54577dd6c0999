package fr.cession.domain.dossier;

import fr.cession.domain.audit.Change;
import fr.cession.domain.user.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where order files live. The store implements it over H2; tests may use an in-memory one. */
public interface OrderFileRepository {

    Optional<OrderFile> load(UUID orderId);

    Optional<OrderFile> loadByNumber(String number);

    /**
     * Saves, in one transaction, every row that differs between {@code before} and {@code after}
     * together with its audit/outbox entries, and returns the file as stored (new versions).
     * A new order ({@code before} null) whose number is null gets the site's next number.
     *
     * @throws ConcurrentChangeException when a row was changed by someone else since {@code before}
     */
    OrderFile save(OrderFile before, OrderFile after, Actor actor, Instant at);

    /**
     * The orders of the same customer as this one (same e-mail, or same phone), this one included,
     * most recent first: the customer's page (seed 002). A store that cannot tell gives this one only.
     */
    default List<UUID> sameCustomer(UUID orderId) {
        return List.of(orderId);
    }

    /**
     * The same save, each change's operation id given by {@code opIds} (a timed outcome: the same
     * ids at every desktop, so the central database applies it once). A repository without an
     * outbox may ignore them.
     */
    default OrderFile save(OrderFile before, OrderFile after, Actor actor, Instant at,
                           java.util.function.Function<Change, UUID> opIds) {
        return save(before, after, actor, at);
    }

    /** The order's whole history, oldest first. */
    List<Change> history(UUID orderId);
}
