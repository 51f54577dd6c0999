package fr.cession.ui.conflict;

import fr.cession.domain.user.Actor;
import fr.cession.sync.protocol.OpenConflict;
import fr.cession.sync.protocol.OrderToFix;
import fr.cession.sync.protocol.RefusedChange;

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
    List<RefusedChange> unreadRefusals();

    void acknowledge(UUID opId);

    /** Orders whose creation the central database refused ("à corriger"), oldest refusal first. */
    List<OrderToFix> toFix();

    /**
     * Gives an order to fix another number, as a change of {@code actor}; nothing is sent yet.
     *
     * @throws IllegalArgumentException the number is not one (its French reason names the field); nothing written
     */
    void renumber(UUID orderId, String number, Actor actor);

    /** Sends the order to fix again, whole, as it is now; it leaves the list. */
    void resend(UUID orderId, Actor actor);

    /** Takes the order to fix out of this desktop (its history stays); nothing of it is sent. */
    void withdraw(UUID orderId);

    /** Why {@link #NONE} refuses every repair. */
    String NO_CENTRAL = "Aucune base centrale configurée : aucune commande à corriger";

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
        public List<RefusedChange> unreadRefusals() {
            return List.of();
        }

        @Override
        public void acknowledge(UUID opId) {
            // nothing was refused
        }

        @Override
        public List<OrderToFix> toFix() {
            return List.of();
        }

        @Override
        public void renumber(UUID orderId, String number, Actor actor) {
            throw new IllegalStateException(NO_CENTRAL);
        }

        @Override
        public void resend(UUID orderId, Actor actor) {
            throw new IllegalStateException(NO_CENTRAL);
        }

        @Override
        public void withdraw(UUID orderId) {
            throw new IllegalStateException(NO_CENTRAL);
        }
    };
}
