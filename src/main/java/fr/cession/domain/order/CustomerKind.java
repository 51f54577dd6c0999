package fr.cession.domain.order;

public enum CustomerKind {
    PARTICULIER,
    /** Seed 004 line 13: "Si pro". */
    SOCIETE
}
