package fr.cession.domain.approval;

public enum ApprovalKind {
    /** Seed 004 line 26: "avec un maximum de 15 jours si + voir avec manager". */
    DATE_CESSION_HORS_DELAI("date de cession au-delà du délai"),
    /** Seed 004 lines 63 and 71: the manager refunds. */
    REMBOURSEMENT("remboursement"),
    /** Seed 004 line 53: the N+1 moves the funds from the lender's wallet to the buyer's. */
    TRANSFERT_FONDS_CREDIT("transfert des fonds du wallet du prêteur"),
    /** Seed 003 line 9: red flags ring, a manager looks at the order before the keys leave. */
    REVUE_FRAUDE("revue des signaux de fraude"),
    /** Seed 001 lines 42 and 50: a refused complaint goes to a dispute, which a manager decides. */
    LITIGE("litige après une réclamation refusée");

    private final String label;

    ApprovalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
