package fr.cession.domain.payment;

/**
 * Where the money of one movement of the ledger is (001: "Cet argent est alors bloqué sur un compte
 * séquestre jusqu'à ce que la commande soit terminée"; 004:54 "Passer en vendu + P2P").
 */
public enum MovementState {
    /** Announced (transfer order given, cheque promised, loan agreed): not on the wallet yet. */
    ANNONCE,
    /** On the escrow wallet (LW, 004:67), held for the buyer until the sale completes. */
    RECU,
    /** Released to the seller partner who owned the vehicle (P2P, 004:54). */
    VERSE,
    /** A refund a manager approved (004:71), not paid yet: still on the wallet, no longer the order's. */
    A_REMBOURSER,
    /** Paid back to the buyer. */
    REMBOURSE;

    public static MovementState of(Payment p) {
        if (p.isRefund()) {
            return p.isReceived() ? REMBOURSE : A_REMBOURSER;
        }
        if (!p.isReceived()) {
            return ANNONCE;
        }
        return p.isReleased() ? VERSE : RECU;
    }
}
