package fr.cession.domain.order;

/** Seed 004 line 6: "Confirmer le RDV de cession ou la livraison". */
public enum HandoverMode {
    /** On-site hand-over with an inspector. */
    CESSION("cession"),
    /** Home delivery driven by a DRIIVEME driver. */
    LIVRAISON("livraison");

    private final String label;

    HandoverMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
