package fr.cession.domain.aftersale;

/** What a manager decides on a dispute (« litige »). */
public enum DisputeDecision {
    /** Everything the order holds goes back to the buyer. */
    REMBOURSEMENT,
    /** Part of what the order holds goes back; the amount is the manager's, never above what is held. */
    REMBOURSEMENT_PARTIEL,
    /** The fix is done after all: an activity with its due date. */
    REPARATION,
    /** The dispute is rejected, with the manager's reason. */
    REJET;

    public boolean refunds() {
        return this == REMBOURSEMENT || this == REMBOURSEMENT_PARTIEL;
    }
}
