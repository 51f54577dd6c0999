package fr.cession.domain.aftersale;

/** Where a complaint or a return stands; each step is a change in the order's history. */
public enum AfterSaleStatus {
    /** A complaint recorded, waiting for the advisor's answer. */
    OUVERTE,
    /** The advisor accepted: the work is an activity with its due date. */
    ACCEPTEE,
    /** The advisor refused, with a reason (001:42 « refusez simplement la retouche en donnant une explication »). */
    REFUSEE,
    /** 001:42 « Il pourra alors accepter ou aller en litige »: a manager decides. */
    LITIGE,
    /** The manager decided the dispute. */
    TRANCHEE,
    /** A return notice recorded within the window (003:6). */
    RETOUR_NOTIFIE,
    /** The pick-up of the vehicle is booked (DRIIVEME). */
    ENLEVEMENT_PLANIFIE,
    /** The vehicle is back and inspected: mileage and damage recorded, the order cancelled for return. */
    INSPECTE
}
