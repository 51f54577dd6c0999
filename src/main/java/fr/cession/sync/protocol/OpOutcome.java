package fr.cession.sync.protocol;

import java.util.UUID;

/**
 * What the central database did with one pushed operation. {@code mergedInto} is, for a
 * creation recognised as the same thing as a row the centre already has (the same back-office
 * order created at two sites), the id of that row.
 */
public record OpOutcome(UUID opId, Result result, String reason, int conflicts, UUID mergedInto) {

    public enum Result {
        /** Applied now. */
        APPLIED,
        /** Already applied by an earlier (retried or interrupted) push: acknowledged, not applied again. */
        DUPLICATE,
        /** Refused: it breaks a rule checked centrally; {@code reason} says which, in French. */
        REFUSED,
        /** Refused by an earlier push, acknowledged again with the same reason. */
        DUPLICATE_REFUSED,
        /** A creation merged into the row the centre already had ({@code mergedInto}); nothing else applied. */
        MERGED
    }

    public OpOutcome(UUID opId, Result result, String reason, int conflicts) {
        this(opId, result, reason, conflicts, null);
    }

    public boolean refused() {
        return result == Result.REFUSED || result == Result.DUPLICATE_REFUSED;
    }
}
