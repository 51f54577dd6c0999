package fr.cession.ui.conflict;

import fr.cession.domain.user.Actor;
import fr.cession.sync.ConflictResolver;
import fr.cession.sync.OpenConflict;
import fr.cession.sync.RefusalLog;

import java.util.List;
import java.util.UUID;

/**
 * The conflicts screen over the sync engine's local tables.
 *
 * <p>Built by the composition root: {@code new SyncConflictDesk(new ConflictResolver(localDsl, clock),
 * new RefusalLog(localDsl))}.
 */
public final class SyncConflictDesk implements ConflictDesk {

    private final ConflictResolver resolver;
    private final RefusalLog refusals;

    public SyncConflictDesk(ConflictResolver resolver, RefusalLog refusals) {
        this.resolver = resolver;
        this.refusals = refusals;
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
    public List<RefusalLog.Refusal> unreadRefusals() {
        return refusals.unread();
    }

    @Override
    public void acknowledge(UUID opId) {
        refusals.acknowledge(opId);
    }
}
