package fr.cession.domain.order;

/** Seed 004 line 8: "Préciser si financement frais de résa, CG, livraison". */
public enum FinancingCover {
    FRAIS_RESERVATION,
    CG,
    LIVRAISON
}
