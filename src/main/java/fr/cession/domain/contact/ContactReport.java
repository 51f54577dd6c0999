package fr.cession.domain.contact;

import fr.cession.domain.row.RowMeta;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a call, visit, e-mail or message taught the advisor (seed 002 §1): the facts seen or said,
 * never a judgement of the customer's solvency, which is not theirs to make.
 *
 * @param nextActivityId the activity the next step became, assigned to the author; null without one
 * @param outcome        set on the after-sale call only (004:56)
 * @param rating         the buyer's rating from 1 to 5, after-sale call only; null when none was given
 */
public record ContactReport(
        UUID id,
        UUID orderId,
        ContactSubject subject,
        ContactChannel channel,
        Instant contactAt,
        String author,
        String account,
        String nextStep,
        Instant nextStepAt,
        UUID nextActivityId,
        CallOutcome outcome,
        Integer rating,
        String customerComment,
        RowMeta meta) {

    public ContactReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(contactAt, "contactAt");
    }

    public boolean isFollowUpCall() {
        return outcome != null;
    }
}
