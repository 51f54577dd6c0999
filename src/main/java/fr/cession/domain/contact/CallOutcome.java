package fr.cession.domain.contact;

/** What the after-sale call gave (004:56 "demande d'avis ou désamorçage des problèmes", 002 §3). */
public enum CallOutcome {
    SATISFAIT,
    PROBLEME,
    AVIS_DEMANDE
}
