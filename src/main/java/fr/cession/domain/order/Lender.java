package fr.cession.domain.order;

/** Seed 004 line 53: "wallet Cofidis Ou Mobilize". */
public enum Lender {
    COFIDIS,
    MOBILIZE
}
