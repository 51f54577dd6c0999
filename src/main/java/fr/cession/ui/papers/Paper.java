package fr.cession.ui.papers;

/** The PDFs an order file prints. */
public enum Paper {
    /** The "bon de commande" the buyer signs. */
    BON_DE_COMMANDE,
    /** The hand-over checklist the inspector takes (004:50–52). */
    CHECKLIST_REMISE,
    /** The refund request the manager signs (004:63, 004:71); only for an order with one. */
    DEMANDE_REMBOURSEMENT
}
