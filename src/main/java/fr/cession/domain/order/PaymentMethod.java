package fr.cession.domain.order;

/**
 * Seed 004 line 7: "Confirmer le moyen de paiement (VIR, CHQ, CRD)". Cash is never an order's way of
 * paying, only a movement of its ledger, capped by law (Code monétaire et financier D112-3).
 */
public enum PaymentMethod {
    VIR("virement"),
    CHQ("chèque de banque"),
    CRD("crédit"),
    ESP("espèces");

    /** The ways an order is paid (004:7), which the new-order form and the playbook's conditions offer. */
    public static final java.util.List<PaymentMethod> FOR_ORDERS = java.util.List.of(VIR, CHQ, CRD);

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
