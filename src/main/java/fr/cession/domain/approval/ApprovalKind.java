package fr.cession.domain.approval;

public enum ApprovalKind {
    /** Seed 004 line 26: "avec un maximum de 15 jours si + voir avec manager". */
    DATE_CESSION_HORS_DELAI("date de cession au-delà du délai"),
    /** Seed 004 lines 63 and 71: the manager refunds. */
    REMBOURSEMENT("remboursement");

    private final String label;

    ApprovalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
