package fr.cession.domain.order;

/** The status path of seed 004, in the users' words. */
public enum OrderStatus {
    RESERVEE("réservée"),
    DESTOCKAGE("déstockage"),
    ORGANISEE("cession/livraison organisée"),
    PAIEMENT_VERIFIE("paiement vérifié"),
    VENDUE("vendue"),
    CLOTUREE("clôturée"),
    ANNULEE("annulée");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Cancellation is possible from any point before the order is closed. */
    public boolean cancellable() {
        return this != CLOTUREE && this != ANNULEE;
    }

    public boolean terminal() {
        return this == CLOTUREE || this == ANNULEE;
    }

    /** The next status on the normal path, or null at its end. */
    public OrderStatus next() {
        return switch (this) {
            case RESERVEE -> DESTOCKAGE;
            case DESTOCKAGE -> ORGANISEE;
            case ORGANISEE -> PAIEMENT_VERIFIE;
            case PAIEMENT_VERIFIE -> VENDUE;
            case VENDUE -> CLOTUREE;
            case CLOTUREE, ANNULEE -> null;
        };
    }
}
