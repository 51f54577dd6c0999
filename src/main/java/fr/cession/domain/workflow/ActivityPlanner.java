package fr.cession.domain.workflow;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.PlannedActivity;
import fr.cession.domain.playbook.PlannedLine;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns what the playbook plans into the order's activities and checklist lines, keeps their due
 * dates in step with the hand-over date, and calls them off when the order is cancelled.
 */
final class ActivityPlanner {

    private final Playbook playbook;
    private final Supplier<UUID> ids;

    ActivityPlanner(Playbook playbook, Supplier<UUID> ids) {
        this.playbook = playbook;
        this.ids = ids;
    }

    OrderFile plan(OrderFile file, WorkflowEvent event) {
        OrderFile out = file;
        for (PlannedActivity planned : playbook.plan(file, event)) {
            if (holdsLive(out, planned.typeCode())) {
                continue; // the playbook promises not to plan twice; a second guard costs nothing
            }
            out = add(out, planned);
        }
        return out;
    }

    /**
     * Open activities follow the hand-over date wherever the playbook places them relative to it,
     * except one whose due date a person moved with a reason: that date is theirs.
     */
    OrderFile reschedule(OrderFile file) {
        OrderFile out = file;
        for (Activity a : file.activities()) {
            if (!a.isOpen() || a.dueMovedByHand()) {
                continue;
            }
            Optional<Instant> due = playbook.dueAt(a.typeCode(), file.order());
            if (due.isPresent() && !due.get().equals(a.dueAt())) {
                out = out.withActivity(a.withDueAt(due.get()));
            }
        }
        return out;
    }

    /** 004:73-76: what was under way stops; the playbook plans the calls to make instead. */
    OrderFile cancelOpen(OrderFile file) {
        OrderFile out = file;
        for (Activity a : file.activities()) {
            if (a.isOpen()) {
                out = out.withActivity(a.cancelled());
            }
        }
        return out;
    }

    private OrderFile add(OrderFile file, PlannedActivity planned) {
        UUID activityId = ids.get();
        // A commercial's task goes to the order's advisor; ADV and manager tasks to whoever of the team picks them.
        String assignee = planned.role() == Role.COMMERCIAL ? file.order().advisor() : null;
        Activity activity = new Activity(activityId, file.orderId(), planned.typeCode(), planned.title(),
                planned.role(), assignee, planned.dueAt(), ActivityState.OUVERTE, null, null, null, RowMeta.NEW);
        OrderFile out = file.withActivity(activity);
        List<PlannedLine> lines = planned.lines();
        for (int i = 0; i < lines.size(); i++) {
            PlannedLine line = lines.get(i);
            out = out.withItem(new ChecklistItem(ids.get(), activityId, file.orderId(), line.code(), line.label(),
                    line.seedRef(), i + 1, false, null, null, RowMeta.NEW));
        }
        return out;
    }

    private static boolean holdsLive(OrderFile file, String typeCode) {
        return file.activities().stream()
                .anyMatch(a -> a.typeCode().equals(typeCode) && a.state() != ActivityState.ANNULEE);
    }
}
