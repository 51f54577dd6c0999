package fr.cession.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Row and operation keys in the layout of UUID version 7: the milliseconds first, then a counter
 * started at a random value. Keys made one after the other sort one after the other, so H2's
 * indexes grow at their end instead of being rewritten all over (several times faster for bulk
 * loads), while keys made on different desktops still never meet.
 */
public final class TimeOrderedIds implements Supplier<UUID> {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;
    private static final long COUNTER_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    private final Clock clock;
    private long lastMillis;
    private long counter;

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
        this.counter = new SecureRandom().nextLong() & (COUNTER_BITS >>> 1);
    }

    @Override
    public synchronized UUID get() {
        long millis = Math.max(clock.millis(), lastMillis);
        lastMillis = millis;
        counter = (counter + 1) & COUNTER_BITS;
        return new UUID((millis << 16) | VERSION_7, VARIANT | counter);
    }
}
