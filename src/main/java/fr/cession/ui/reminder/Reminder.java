package fr.cession.ui.reminder;

import java.util.UUID;

/**
 * One notification, in the interface language.
 *
 * @param key     what it is about, so that it is shown once (an activity moved to another time is news again)
 * @param orderId the order a click opens; null for the digest (a click shows « Ma journée »)
 */
public record Reminder(ReminderKind kind, String key, UUID orderId, String title, String text) {
}
