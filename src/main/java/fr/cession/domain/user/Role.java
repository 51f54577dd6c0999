package fr.cession.domain.user;

/** Who an activity is for (seed 004 and DOMAIN.md "Who uses it"). */
public enum Role {
    COMMERCIAL("commercial"),
    ADV("ADV"),
    MANAGER("manager");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
