package fr.cession.domain.payment;

public enum PaymentKind {
    FRAIS_RESERVATION("frais de réservation"),
    APPORT("apport"),
    SOLDE("solde"),
    FINANCEMENT("financement"),
    REMBOURSEMENT("remboursement");

    private final String label;

    PaymentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
