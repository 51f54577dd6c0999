package fr.cession.domain.contact;

import java.time.Instant;

/** The after-sale call as typed: its outcome, and the buyer's rating (1–5) and comment if they gave one. */
public record FollowUpDraft(Instant calledAt, CallOutcome outcome, Integer rating, String comment, String account) {
}
