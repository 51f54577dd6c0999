package fr.cession.ui;

import fr.cession.domain.board.StuckThresholds;
import fr.cession.domain.reminder.ImminentOutcomes;
import fr.cession.domain.user.PersonSettings;

/**
 * What the desktop keeps for the person and what reminds them: their settings (saved board filters,
 * reminders turned off, the last digest), the days after which an order is stuck on the board,
 * and the timed outcomes about to fire.
 *
 * @param remind whether notifications and the morning digest run at all ({@link #QUIET}: tests of
 *               other screens, where a popup would only get in the way)
 */
public record PersonalDesk(PersonSettings settings, StuckThresholds stuck, ImminentOutcomes imminent, boolean remind) {

    /** Settings in memory, nothing marked stuck, no notification. */
    public static final PersonalDesk QUIET = new PersonalDesk(PersonSettings.inMemory(), StuckThresholds.NONE,
            ImminentOutcomes.NONE, false);

    public PersonalDesk {
        settings = settings == null ? PersonSettings.inMemory() : settings;
        stuck = stuck == null ? StuckThresholds.NONE : stuck;
        imminent = imminent == null ? ImminentOutcomes.NONE : imminent;
    }
}
