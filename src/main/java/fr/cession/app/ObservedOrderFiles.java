package fr.cession.app;

import fr.cession.domain.audit.Change;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.user.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The store's repository, telling listeners after each committed save. The sync is one: a change
 * typed at this desk is sent at once rather than at the next poll, which is what lets another
 * site see it within a second.
 */
final class ObservedOrderFiles implements OrderFileRepository {

    private final OrderFileRepository delegate;
    private final List<Runnable> afterSave = new CopyOnWriteArrayList<>();

    ObservedOrderFiles(OrderFileRepository delegate) {
        this.delegate = delegate;
    }

    void afterEachSave(Runnable listener) {
        afterSave.add(listener);
    }

    @Override
    public Optional<OrderFile> load(UUID orderId) {
        return delegate.load(orderId);
    }

    @Override
    public Optional<OrderFile> loadByNumber(String number) {
        return delegate.loadByNumber(number);
    }

    @Override
    public OrderFile save(OrderFile before, OrderFile after, Actor actor, Instant at) {
        OrderFile saved = delegate.save(before, after, actor, at);
        afterSave.forEach(Runnable::run);
        return saved;
    }

    @Override
    public List<UUID> sameCustomer(UUID orderId) {
        return delegate.sameCustomer(orderId);
    }

    @Override
    public OrderFile save(OrderFile before, OrderFile after, Actor actor, Instant at,
                          java.util.function.Function<Change, UUID> opIds) {
        OrderFile saved = delegate.save(before, after, actor, at, opIds);
        afterSave.forEach(Runnable::run);
        return saved;
    }

    @Override
    public List<Change> history(UUID orderId) {
        return delegate.history(orderId);
    }
}
