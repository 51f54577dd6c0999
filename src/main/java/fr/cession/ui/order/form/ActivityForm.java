package fr.cession.ui.order.form;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.playbook.ActivityKind;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldValidators;
import fr.cession.domain.validation.Login;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An activity of a person's own (a type of the playbook, or "Autre" with a title), with its due
 * day and time and who does it; or, given an activity, its due date moved with a reason.
 */
public final class ActivityForm extends OrderForm {

    public static final String OTHER = "autre";
    public static final String TYPE = "activity.type";
    public static final String TITLE = "activity.title";
    public static final String DUE = "activity.dueAt";
    public static final String ASSIGNEE = "activity.assignee";
    public static final String REASON = "activity.reason";

    private final UUID orderId;
    private final Actor actor;
    private final ZoneId zone;
    private final Instant now;
    private final Activity moved;
    private final List<ActivityKind> kinds = new ArrayList<>();
    private final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> dueTime = new SimpleObjectProperty<>(LocalTime.of(18, 0));
    private final StringProperty assignee = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");

    /** A new activity. */
    public static ActivityForm adding(Messages m, Formats f, Host host, UUID orderId, List<ActivityKind> playbook,
                                      Instant now, Actor actor) {
        return new ActivityForm(m, f, host, orderId, playbook, null, now, actor);
    }

    /** An open activity's due date moved. */
    public static ActivityForm moving(Messages m, Formats f, Host host, Activity activity, Instant now, Actor actor) {
        return new ActivityForm(m, f, host, activity.orderId(), List.of(), activity, now, actor);
    }

    private ActivityForm(Messages m, Formats f, Host host, UUID orderId, List<ActivityKind> playbook,
                         Activity moved, Instant now, Actor actor) {
        super(m, f, host, List.of(TYPE, TITLE, DUE, ASSIGNEE, REASON));
        this.orderId = orderId;
        this.actor = actor;
        this.zone = f.zone();
        this.now = now;
        this.moved = moved;
        kinds.add(new ActivityKind(OTHER, m.get("form.activity.other"), actor.role()));
        kinds.addAll(playbook);
        if (moved == null) {
            kind.addListener((o, a, k) -> title.set(k == null || OTHER.equals(k.code()) ? "" : k.title()));
            kind.set(kinds.get(0));
            assignee.set(actor.login());
            dueDate.set(now.atZone(zone).toLocalDate().plusDays(1));
        } else {
            LocalDateTime due = LocalDateTime.ofInstant(moved.dueAt(), zone);
            dueDate.set(due.toLocalDate());
            dueTime.set(due.toLocalTime());
            title.set(moved.title());
        }
        watch(title, this::checkTitle);
        watch(dueDate, this::checkDue);
        watch(dueTime, this::checkDue);
        watch(assignee, this::checkAssignee);
        watch(reason, this::checkReason);
    }

    @Override
    public String titleKey() {
        return moved == null ? "form.activity.title" : "form.activity.move.title";
    }

    public boolean isMove() {
        return moved != null;
    }

    public Activity moved() {
        return moved;
    }

    public List<ActivityKind> kinds() {
        return kinds;
    }

    public ObjectProperty<ActivityKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public ObjectProperty<LocalTime> dueTimeProperty() {
        return dueTime;
    }

    public StringProperty assigneeProperty() {
        return assignee;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** Hours of a working day, for the due time. */
    public List<LocalTime> times() {
        List<LocalTime> out = new ArrayList<>();
        for (int h = 8; h <= 20; h++) {
            out.add(LocalTime.of(h, 0));
        }
        if (dueTime.get() != null && !out.contains(dueTime.get())) {
            out.add(dueTime.get());
            out.sort(null);
        }
        return out;
    }

    private void checkTitle() {
        boolean other = kind.get() == null || OTHER.equals(kind.get().code());
        set(TITLE, moved == null && other ? FieldValidators.required(m.get("form.activity.name"), title.get())
                : Optional.empty());
    }

    private void checkDue() {
        String label = m.get(moved == null ? "form.activity.due" : "form.activity.newDue");
        Instant due = due();
        set(DUE, due == null ? Optional.of(label + " : " + m.get("form.dateExpected"))
                : due.isBefore(now) ? Optional.of(label + " : " + m.get("form.past")) : Optional.empty());
    }

    private void checkAssignee() {
        String a = assignee.get();
        set(ASSIGNEE, moved != null || a == null || a.isBlank() ? Optional.empty()
                : Login.check(m.get("form.activity.assignee"), a));
    }

    private void checkReason() {
        set(REASON, moved == null ? Optional.empty()
                : FieldValidators.required(m.get("form.activity.reason"), reason.get()));
    }

    private Instant due() {
        return dueDate.get() == null || dueTime.get() == null ? null
                : LocalDateTime.of(dueDate.get(), dueTime.get()).atZone(zone).toInstant();
    }

    @Override
    protected void validateAll() {
        checkTitle();
        checkDue();
        checkAssignee();
        checkReason();
    }

    @Override
    protected Command command() {
        Instant due = due();
        if (moved != null) {
            UUID activityId = moved.id();
            String r = reason.get().trim();
            return actions -> actions.moveActivityDue(orderId, activityId, due, r, actor);
        }
        String code = kind.get().code();
        String t = title.get() == null || title.get().isBlank() ? null : title.get().trim();
        String who = assignee.get() == null || assignee.get().isBlank() ? null : assignee.get().trim();
        return actions -> actions.addActivity(orderId, code, t, due, who, actor);
    }
}
