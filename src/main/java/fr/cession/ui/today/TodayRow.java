package fr.cession.ui.today;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.IdleOrder;

/**
 * A line of "Ma journée": a group heading, one of my activities, one of my orders with nothing
 * planned, a manager's answer to one of my requests, or (for a manager) what waits in the inbox.
 */
public sealed interface TodayRow {

    record Heading(ActivityTiming group, int count) implements TodayRow {
    }

    record Item(ActivityCard card, ActivityTiming timing) implements TodayRow {
    }

    record IdleHeading(int count) implements TodayRow {
    }

    record Idle(IdleOrder order) implements TodayRow {
    }

    record AnswersHeading(int count) implements TodayRow {
    }

    record Answer(ApprovalItem item) implements TodayRow {
    }

    /** For a manager: the requests waiting in "À valider". */
    record Waiting(int count) implements TodayRow {
    }

    /** « Se déclenche dans les 24 h »: timed outcomes a person can still prevent. */
    record TimersHeading(int count) implements TodayRow {
    }

    record Timer(fr.cession.domain.timer.ArmedTimer timer) implements TodayRow {
    }
}
