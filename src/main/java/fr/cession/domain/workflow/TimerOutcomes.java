package fr.cession.domain.workflow;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.timer.ArmedTimer;
import fr.cession.domain.user.Role;

import java.time.Instant;

/** Outcomes of timers that no person's command already does. */
final class TimerOutcomes {

    /** Activity type of a manager's escalation (its own code, so the board can tell it apart). */
    static final String ESCALATION = "escalade_delai";

    private TimerOutcomes() {
    }

    /** A manager's activity due at once, titled by the timer, the history text in its note. */
    static OrderFile escalate(OrderFile file, ArmedTimer timer, String text, Instant at) {
        Activity a = new Activity(timer.derivedId("activity"), file.orderId(), ESCALATION, timer.definition().title(),
                Role.MANAGER, null, at, ActivityState.OUVERTE, null, null, text, RowMeta.NEW);
        return file.withActivity(a);
    }
}
