package fr.cession.domain.user;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small named values a person keeps on their desktop (saved board filters, reminders turned off,
 * the day of the last morning digest), per login. Implementations may touch a database: callers
 * stay off the FX thread.
 */
public interface PersonSettings {

    Optional<String> get(String login, String name);

    /** Every value of {@code login} whose name starts with {@code prefix}, by name. */
    Map<String, String> startingWith(String login, String prefix);

    /** Sets the value; a null value removes the name. */
    void put(String login, String name, String value);

    /** Kept in memory only (tests, a desktop without a store): forgotten at exit. */
    static PersonSettings inMemory() {
        Map<String, String> values = new ConcurrentHashMap<>();
        return new PersonSettings() {
            @Override
            public Optional<String> get(String login, String name) {
                return Optional.ofNullable(values.get(login + '\u0000' + name));
            }

            @Override
            public Map<String, String> startingWith(String login, String prefix) {
                Map<String, String> out = new TreeMap<>();
                String head = login + '\u0000';
                values.forEach((k, v) -> {
                    if (k.startsWith(head) && k.startsWith(prefix, head.length())) {
                        out.put(k.substring(head.length()), v);
                    }
                });
                return out;
            }

            @Override
            public void put(String login, String name, String value) {
                if (value == null) {
                    values.remove(login + '\u0000' + name);
                } else {
                    values.put(login + '\u0000' + name, value);
                }
            }
        };
    }
}
