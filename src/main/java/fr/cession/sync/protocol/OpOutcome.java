package fr.cession.sync.protocol;

import java.util.UUID;

/** What the central database did with one pushed operation. */
public record OpOutcome(UUID opId, Result result, String reason, int conflicts) {

    public enum Result {
        /** Applied now. */
        APPLIED,
        /** Already applied by an earlier (retried or interrupted) push: acknowledged, not applied again. */
        DUPLICATE,
        /** Refused: it breaks a rule checked centrally; {@code reason} says which, in French. */
        REFUSED,
        /** Refused by an earlier push, acknowledged again with the same reason. */
        DUPLICATE_REFUSED
    }

    public boolean refused() {
        return result == Result.REFUSED || result == Result.DUPLICATE_REFUSED;
    }
}
