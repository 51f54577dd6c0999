package fr.cession.ui.inbox;

import java.util.List;

/**
 * What a manager reads beside a request before deciding, in the interface language: the order's
 * facts and money, its papers, and what would stop an approval now.
 *
 * @param facts    order, customer, status, hand-over, advisor; for a refund what is received, refunded, held
 * @param papers   the papers the decision rests on, each with its state (a refund: the KYC 2 of 004:67-69)
 * @param blockers why an approval would be refused now, each saying what to do; empty when nothing stops it
 */
public record RequestContext(List<String> facts, List<Paper> papers, List<String> blockers) {

    /** A paper and its state, {@code inHand} when received or validated. */
    public record Paper(String text, boolean valid) {
    }
}
