package fr.cession.domain.approval;

public enum ApprovalStatus {
    DEMANDEE,
    APPROUVEE,
    REFUSEE,
    /** Withdrawn before a decision: by its requester, or because the order moved on (a new hand-over date). */
    RETIREE;

    /** Whether a manager still has to decide it. */
    public boolean pending() {
        return this == DEMANDEE;
    }
}
