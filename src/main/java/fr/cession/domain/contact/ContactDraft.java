package fr.cession.domain.contact;

import java.time.Instant;

/** A contact report as typed: the author is the person logged in, never a field. */
public record ContactDraft(ContactSubject subject, ContactChannel channel, Instant contactAt, String account,
                           String nextStep, Instant nextStepAt) {
}
