package fr.cession.domain.activity;

import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Role;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * A task planned by the playbook for one order. Its checklist lines are separate rows
 * ({@link ChecklistItem}) so that two sites ticking different lines merge without conflict.
 *
 * @param typeCode the playbook activity it was planned from
 * @param title the playbook title when it was planned (kept even if the playbook changes later)
 */
public record Activity(
        UUID id,
        UUID orderId,
        String typeCode,
        String title,
        Role role,
        String assignee,
        Instant dueAt,
        ActivityState state,
        Instant doneAt,
        String doneBy,
        String note,
        RowMeta meta) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
    }

    public ActivityTiming timing(Instant now, ZoneId zone) {
        return ActivityTiming.of(state, dueAt, now, zone);
    }

    /** How a due date moved by a person starts its line in the note (the reason follows). */
    public static final String DUE_MOVED = "Échéance déplacée du ";

    /** A person moved the due date, with a reason: a later hand-over date must not undo their choice. */
    public boolean dueMovedByHand() {
        return note != null && note.contains(DUE_MOVED);
    }

    public boolean isOpen() {
        return state == ActivityState.OUVERTE;
    }

    public Activity done(String by, Instant at) {
        return new Activity(id, orderId, typeCode, title, role, assignee, dueAt, ActivityState.FAITE, at, by, note, meta);
    }

    public Activity reopen() {
        return new Activity(id, orderId, typeCode, title, role, assignee, dueAt, ActivityState.OUVERTE, null, null,
                note, meta);
    }

    public Activity cancelled() {
        return new Activity(id, orderId, typeCode, title, role, assignee, dueAt, ActivityState.ANNULEE, null, null,
                note, meta);
    }

    public Activity withDueAt(Instant newDueAt) {
        return new Activity(id, orderId, typeCode, title, role, assignee, newDueAt, state, doneAt, doneBy, note, meta);
    }

    public Activity withAssignee(String newAssignee) {
        return new Activity(id, orderId, typeCode, title, role, newAssignee, dueAt, state, doneAt, doneBy, note, meta);
    }

    public Activity withNote(String newNote) {
        return new Activity(id, orderId, typeCode, title, role, assignee, dueAt, state, doneAt, doneBy, newNote, meta);
    }

    public Activity withMeta(RowMeta newMeta) {
        return new Activity(id, orderId, typeCode, title, role, assignee, dueAt, state, doneAt, doneBy, note, newMeta);
    }
}
