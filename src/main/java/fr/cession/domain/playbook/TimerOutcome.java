package fr.cession.domain.playbook;

/** What a timed outcome does when nobody acted before its due instant. */
public enum TimerOutcome {
    /** Cancelled, case "frais de réservation seuls", the fee refund asked of the manager (001:21, 004:62). */
    ANNULATION("annulation"),
    /** The sale completes: the order is closed through its normal transition (001:33). */
    CLOTURE("cloture"),
    /** An activity for the manager, due at once (a complaint left unanswered). */
    ESCALADE_MANAGER("escalade_manager");

    private final String code;

    TimerOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
