package fr.cession.domain.order;

/** The cancellation cases of seed 004 lines 62-65. */
public enum CancellationCase {
    /** Line 62: "Réception seulement des frais de réservation". */
    FRAIS_RESERVATION_SEULS,
    /** Line 65: "Après réception des fond (annulation ...)". */
    FONDS_RECUS,
    /** Line 65: "... ou rétractation dans le délai des 14 jours". */
    RETRACTATION,
    /** 003:6: the vehicle came back within the seven-day return window, inspected; what is held is refunded. */
    RETOUR
}
