package fr.cession.domain.playbook;

import fr.cession.domain.user.Role;

import java.time.Instant;
import java.util.List;

/** An activity the playbook plans for one order, with the checklist lines that apply to it. */
public record PlannedActivity(String typeCode, String title, Role role, Instant dueAt, List<PlannedLine> lines) {

    public PlannedActivity {
        lines = List.copyOf(lines);
    }
}
