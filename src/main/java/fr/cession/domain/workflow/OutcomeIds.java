package fr.cession.domain.workflow;

import fr.cession.domain.timer.ArmedTimer;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The workflow's ids: random, except while a timed outcome is computed, when the rows it creates
 * (refund request, activities, documents) take ids derived from the outcome's key in creation
 * order, so every desktop that fires it creates the same rows.
 */
final class OutcomeIds implements Supplier<UUID> {

    private record Scope(ArmedTimer timer, int[] next) {
    }

    private final Supplier<UUID> random;
    private final ThreadLocal<Scope> scope = new ThreadLocal<>();

    OutcomeIds(Supplier<UUID> random) {
        this.random = random;
    }

    @Override
    public UUID get() {
        Scope s = scope.get();
        return s == null ? random.get() : s.timer().derivedId("row-" + s.next()[0]++);
    }

    <T> T derivedFrom(ArmedTimer timer, Supplier<T> work) {
        scope.set(new Scope(timer, new int[] {0}));
        try {
            return work.get();
        } finally {
            scope.remove();
        }
    }
}
