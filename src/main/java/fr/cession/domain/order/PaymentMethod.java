package fr.cession.domain.order;

/** Seed 004 line 7: "Confirmer le moyen de paiement (VIR, CHQ, CRD)". */
public enum PaymentMethod {
    VIR("virement"),
    CHQ("chèque de banque"),
    CRD("crédit");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
