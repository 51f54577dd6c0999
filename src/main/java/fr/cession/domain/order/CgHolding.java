package fr.cession.domain.order;

/** Seed 004 line 11: "CG : Titulaire / Cotitulaire / Société". */
public enum CgHolding {
    TITULAIRE,
    COTITULAIRE,
    SOCIETE
}
