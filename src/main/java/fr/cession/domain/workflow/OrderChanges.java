package fr.cession.domain.workflow;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.user.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * How every workflow command changes an order: load its file once, apply the command at one
 * instant, add the documents the new state requires, save once (history, audit and outbox in
 * the same write). Shared by {@link OrderWorkflow} and its command groups.
 */
final class OrderChanges {

    private final OrderFileRepository repo;
    private final Clock clock;
    private final RequiredDocuments documents;

    OrderChanges(OrderFileRepository repo, Clock clock, RequiredDocuments documents) {
        this.repo = repo;
        this.clock = clock;
        this.documents = documents;
    }

    OrderFile change(UUID orderId, Actor actor, BiFunction<OrderFile, Instant, OrderFile> command) {
        OrderFile before = load(orderId);
        Instant now = clock.instant();
        OrderFile after = documents.addMissing(command.apply(before, now));
        return repo.save(before, after, actor, now);
    }

    OrderFile load(UUID orderId) {
        return repo.load(orderId).orElseThrow(() -> new NoSuchElementException("Commande introuvable : " + orderId));
    }
}
