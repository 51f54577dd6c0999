package fr.cession.domain.account;

/** Who holds a customer account (seed 000 and 004:13). */
public enum CustomerAccountKind {
    /** 004:13 « Si pro » : a company buying for itself; its members are the people it authorises to collect. */
    SOCIETE("société"),
    /** 000: a dealer or broker holding buyer sub-accounts for its clients or colleagues. */
    PROFESSIONNEL("professionnel");

    private final String label;

    CustomerAccountKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
