package fr.cession.domain.board;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.user.Role;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** The open activity of an order that is due first: what the order's card says to do next. */
public record NextActivity(
        UUID activityId,
        String typeCode,
        String title,
        Role role,
        String assignee,
        Instant dueAt,
        int itemsDone,
        int itemsTotal) {

    public ActivityTiming timing(Instant now, ZoneId zone) {
        return ActivityTiming.of(ActivityState.OUVERTE, dueAt, now, zone);
    }
}
