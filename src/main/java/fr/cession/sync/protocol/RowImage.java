package fr.cession.sync.protocol;

import java.util.Map;
import java.util.UUID;

/** The full state of one synchronised row (every column, canonical text), as the central database holds it. */
public record RowImage(String table, UUID id, Map<String, String> values) {

    public RowImage {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
