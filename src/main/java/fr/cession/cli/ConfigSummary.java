package fr.cession.cli;

import java.util.List;

/** What {@code check-config} prints when everything is valid, one line per fact. */
public record ConfigSummary(List<String> lines) {

    public ConfigSummary {
        lines = List.copyOf(lines);
    }
}
