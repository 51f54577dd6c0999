package fr.cession.domain.playbook;

import fr.cession.domain.user.Role;

import java.util.List;

/**
 * An activity type of the playbook: who it is for, what plans it, when it is due and its
 * checklist.
 *
 * @param sources the seed lines that name the activity or its stage, e.g. "004:19"
 * @param line where it starts in the file
 */
record ActivityDefinition(String code, String title, Role role, List<Trigger> triggers, DueRule due,
                          List<LineDefinition> lines, List<String> sources, int line) {

    ActivityDefinition {
        triggers = List.copyOf(triggers);
        lines = List.copyOf(lines);
        sources = List.copyOf(sources);
    }
}
