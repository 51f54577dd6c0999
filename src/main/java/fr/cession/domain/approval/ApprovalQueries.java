package fr.cession.domain.approval;

import java.time.Instant;
import java.util.List;

/** The requests to the manager across orders: the manager's inbox, and the answers a requester gets. */
public interface ApprovalQueries {

    /** For a desktop without a store to ask (tests of other screens). */
    ApprovalQueries NONE = new ApprovalQueries() {
        @Override
        public List<ApprovalItem> pending() {
            return List.of();
        }

        @Override
        public List<ApprovalItem> answeredFor(String login, Instant since) {
            return List.of();
        }
    };

    /** Every request waiting for a decision, oldest first. */
    List<ApprovalItem> pending();

    /** The requests of {@code login} decided since {@code since}, latest decision first. */
    List<ApprovalItem> answeredFor(String login, Instant since);
}
