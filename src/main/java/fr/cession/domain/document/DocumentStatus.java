package fr.cession.domain.document;

public enum DocumentStatus {
    MANQUANT("manquant"),
    RECU("reçu"),
    VALIDE("validé"),
    REFUSE("refusé");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean inHand() {
        return this == RECU || this == VALIDE;
    }
}
