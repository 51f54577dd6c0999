package fr.cession.sync.central;

import java.time.Instant;

/**
 * Who wins when the same field was changed at two sites: the later change, and on a tie the
 * site whose code sorts first. Deterministic, so every replay gives the same result; the loser
 * is never dropped silently, it is recorded as a conflict.
 */
final class ConflictPolicy {

    private ConflictPolicy() {
    }

    record Author(Instant at, String by, String site) {
    }

    static boolean incomingWins(Author current, Author incoming) {
        int byTime = incoming.at().compareTo(current.at());
        if (byTime != 0) {
            return byTime > 0;
        }
        return incoming.site().compareTo(current.site()) < 0;
    }
}
