package fr.cession.ui.today;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.IdleOrder;

/** A line of "Ma journée": a group heading, one of my activities, or one of my orders with nothing planned. */
public sealed interface TodayRow {

    record Heading(ActivityTiming group, int count) implements TodayRow {
    }

    record Item(ActivityCard card, ActivityTiming timing) implements TodayRow {
    }

    record IdleHeading(int count) implements TodayRow {
    }

    record Idle(IdleOrder order) implements TodayRow {
    }
}
