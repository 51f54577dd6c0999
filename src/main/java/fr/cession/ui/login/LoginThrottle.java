package fr.cession.ui.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Makes guessing passwords slow: after each wrong password for a login, the refusal waits twice
 * as long as the previous one (1 s, 2 s, 4 s… up to 30 s). A success, or a quarter of an hour
 * without failure, starts again from one second.
 */
public final class LoginThrottle {

    /** Waits; tests pass one that only records. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration CAP = Duration.ofSeconds(30);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts a wrong password and returns how long the refusal waits. */
    public synchronized Duration failed(String login) {
        Instant now = clock.instant();
        Failures before = failures.get(key(login));
        int count = before == null || before.last().plus(FORGET_AFTER).isBefore(now) ? 1 : before.count() + 1;
        failures.put(key(login), new Failures(count, now));
        return delay(count);
    }

    public synchronized void succeeded(String login) {
        failures.remove(key(login));
    }

    /** Wrong passwords in a row for this login. */
    public synchronized int failures(String login) {
        Failures f = failures.get(key(login));
        return f == null ? 0 : f.count();
    }

    static Duration delay(int count) {
        int doublings = Math.min(count - 1, 10);
        Duration d = FIRST.multipliedBy(1L << doublings);
        return d.compareTo(CAP) > 0 ? CAP : d;
    }

    private static String key(String login) {
        return login.trim().toLowerCase(Locale.ROOT);
    }
}
