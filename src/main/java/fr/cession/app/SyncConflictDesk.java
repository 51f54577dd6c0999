package fr.cession.app;

import fr.cession.domain.user.Actor;
import fr.cession.sync.ConflictResolver;
import fr.cession.sync.RefusalLog;
import fr.cession.sync.SyncRepair;
import fr.cession.sync.protocol.OpenConflict;
import fr.cession.sync.protocol.OrderToFix;
import fr.cession.sync.protocol.RefusedChange;
import fr.cession.ui.conflict.ConflictDesk;

import java.util.List;
import java.util.UUID;

/**
 * The conflicts screen over the sync engine's local tables.
 *
 * <p>Built by the composition root: {@code new SyncConflictDesk(new ConflictResolver(localDsl, clock, ids),
 * new RefusalLog(localDsl), new SyncRepair(localDsl, clock, ids), scheduler::requestNow)}.
 */
public final class SyncConflictDesk implements ConflictDesk {

    private final ConflictResolver resolver;
    private final RefusalLog refusals;
    private final SyncRepair repair;
    private final Runnable sendSoon;

    /**
     * @param sendSoon asks for a sync now: the repair writes straight into the sync's tables, past the
     *                 store's own "after each save" hook, and a person who resends expects it to leave
     */
    public SyncConflictDesk(ConflictResolver resolver, RefusalLog refusals, SyncRepair repair, Runnable sendSoon) {
        this.resolver = resolver;
        this.refusals = refusals;
        this.repair = repair;
        this.sendSoon = sendSoon;
    }

    @Override
    public List<OpenConflict> openConflicts() {
        return resolver.openConflicts();
    }

    @Override
    public void resolve(UUID conflictId, String chosen, Actor actor) {
        resolver.resolve(conflictId, chosen, actor.login(), actor.site());
    }

    @Override
    public List<RefusedChange> unreadRefusals() {
        return refusals.unread();
    }

    @Override
    public void acknowledge(UUID opId) {
        refusals.acknowledge(opId);
    }

    @Override
    public List<OrderToFix> toFix() {
        return repair.toFix();
    }

    @Override
    public void renumber(UUID orderId, String number, Actor actor) {
        repair.renumber(orderId, number, actor.login(), actor.site());
    }

    @Override
    public void resend(UUID orderId, Actor actor) {
        repair.resend(orderId, actor.login(), actor.site());
        sendSoon.run();
    }

    @Override
    public void withdraw(UUID orderId) {
        repair.withdraw(orderId);
    }
}
