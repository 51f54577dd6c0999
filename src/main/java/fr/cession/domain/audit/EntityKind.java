package fr.cession.domain.audit;

/** The synchronised entities, with the table each is stored in (also its name in the change log). */
public enum EntityKind {
    COMMANDE("sales_order"),
    ACTIVITE("activity"),
    LIGNE_CHECKLIST("checklist_item"),
    DOCUMENT("order_document"),
    PAIEMENT("payment"),
    APPROBATION("approval_request"),
    CONTACT("contact_report"),
    ACCORD("order_agreement"),
    /** Complaints, disputes and returns after the hand-over (001, 003). */
    APRES_VENTE("after_sale_case");

    private final String table;

    EntityKind(String table) {
        this.table = table;
    }

    public String table() {
        return table;
    }
}
