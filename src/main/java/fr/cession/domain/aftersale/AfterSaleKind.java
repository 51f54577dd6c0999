package fr.cession.domain.aftersale;

/** What the buyer comes back with after the hand-over or the delivery. */
public enum AfterSaleKind {
    /** 001:35 « retouche »: the buyer asks for a fix (a defect, a missing item or paper). */
    RECLAMATION,
    /** 003:6: the buyer gives the vehicle back within the commercial return window. */
    RETOUR
}
