package fr.cession.domain.audit;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Role;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static fr.cession.domain.audit.FieldValues.*;

/** Activities and checklist lines as named field values (their table columns), and back. */
public final class ActivityFields {

    private ActivityFields() {
    }

    public static Map<String, String> of(Activity a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("order_id", FieldValues.of(a.orderId()));
        f.put("type_code", a.typeCode());
        f.put("title", a.title());
        f.put("role", FieldValues.of(a.role()));
        f.put("assignee", a.assignee());
        f.put("due_at", FieldValues.of(a.dueAt()));
        f.put("state", FieldValues.of(a.state()));
        f.put("done_at", FieldValues.of(a.doneAt()));
        f.put("done_by", a.doneBy());
        f.put("note", a.note());
        return f;
    }

    public static Activity activity(UUID id, Map<String, String> f, RowMeta meta) {
        return new Activity(id, uuid(f.get("order_id")), f.get("type_code"), f.get("title"),
                enumOf(Role.class, f.get("role")), f.get("assignee"), instant(f.get("due_at")),
                enumOf(ActivityState.class, f.get("state")), instant(f.get("done_at")), f.get("done_by"),
                f.get("note"), meta);
    }

    public static Map<String, String> of(ChecklistItem i) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("activity_id", FieldValues.of(i.activityId()));
        f.put("order_id", FieldValues.of(i.orderId()));
        f.put("line_code", i.lineCode());
        f.put("label", i.label());
        f.put("seed_ref", i.seedRef());
        f.put("position", FieldValues.of(i.position()));
        f.put("checked", FieldValues.of(i.checked()));
        f.put("checked_at", FieldValues.of(i.checkedAt()));
        f.put("checked_by", i.checkedBy());
        return f;
    }

    public static ChecklistItem item(UUID id, Map<String, String> f, RowMeta meta) {
        return new ChecklistItem(id, uuid(f.get("activity_id")), uuid(f.get("order_id")), f.get("line_code"),
                f.get("label"), f.get("seed_ref"), integer(f.get("position")), bool(f.get("checked")),
                instant(f.get("checked_at")), f.get("checked_by"), meta);
    }
}
