package fr.cession.app;

import java.util.List;

/**
 * Where the configuration in effect came from, as check-config and the diagnostic print it.
 *
 * @param layers    the files in the order they were read, the ones absent said so
 * @param effective one line per value in effect, "key = value (origin)", a password never shown
 */
public record ConfigOrigins(List<String> layers, List<String> effective) {

    /** Nothing known of the origins (a configuration built by hand). */
    public static final ConfigOrigins NONE = new ConfigOrigins(List.of(), List.of());

    public ConfigOrigins {
        layers = List.copyOf(layers);
        effective = List.copyOf(effective);
    }
}
