package fr.cession.ui.conflict;

import fr.cession.domain.user.Actor;
import fr.cession.sync.OpenConflict;
import fr.cession.sync.RefusalLog;

import java.util.List;
import java.util.UUID;

/**
 * What the "Conflits" screen needs from synchronisation, small enough for a fake. Every method
 * may touch the database: the screen calls them off the FX thread.
 */
public interface ConflictDesk {

    /** Same-field conflicts waiting for a person, oldest first. */
    List<OpenConflict> openConflicts();

    /** Sets the field to {@code chosen} and closes the conflict, as a local change of {@code actor}. */
    void resolve(UUID conflictId, String chosen, Actor actor);

    /** Local changes the central database refused, with its French reason, not read yet. */
    List<RefusalLog.Refusal> unreadRefusals();

    void acknowledge(UUID opId);

    /** No central database: nothing ever conflicts. */
    ConflictDesk NONE = new ConflictDesk() {
        @Override
        public List<OpenConflict> openConflicts() {
            return List.of();
        }

        @Override
        public void resolve(UUID conflictId, String chosen, Actor actor) {
            throw new IllegalStateException("Aucune base centrale configurée : pas de conflit à résoudre");
        }

        @Override
        public List<RefusalLog.Refusal> unreadRefusals() {
            return List.of();
        }

        @Override
        public void acknowledge(UUID opId) {
            // nothing was refused
        }
    };
}
