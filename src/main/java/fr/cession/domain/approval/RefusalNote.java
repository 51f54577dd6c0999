package fr.cession.domain.approval;

import java.util.Optional;

/**
 * Why a manager refused a request. Like a withdrawal's reason ({@link WithdrawalReason}) it is kept
 * at the end of the request's detail, after {@link #SEPARATOR}: the decision and its reason travel
 * in one change, and the central database keeps both as they were decided.
 */
public final class RefusalNote {

    public static final String SEPARATOR = " — motif du refus : ";
    /** What is left of the detail's 1,000 characters once the request's own words are kept. */
    public static final int MAX_REASON = 300;
    private static final int DETAIL_SIZE = 1000;

    private RefusalNote() {
    }

    /** The detail of a refused request: what was asked, then the manager's reason. */
    public static String append(String asked, String reason) {
        String head = asked == null ? "" : asked;
        int room = DETAIL_SIZE - SEPARATOR.length() - reason.length();
        if (head.length() > room) {
            head = head.substring(0, Math.max(0, room - 1)) + "…";
        }
        return head + SEPARATOR + reason;
    }

    /** The manager's reason, when the detail holds one. */
    public static Optional<String> of(String detail) {
        if (detail == null) {
            return Optional.empty();
        }
        int at = detail.lastIndexOf(SEPARATOR);
        return at < 0 ? Optional.empty() : Optional.of(detail.substring(at + SEPARATOR.length()));
    }

    /** The detail without the reason: what was asked. */
    public static String askedDetail(String detail) {
        if (detail == null) {
            return null;
        }
        int at = detail.lastIndexOf(SEPARATOR);
        return at < 0 ? detail : detail.substring(0, at);
    }
}
