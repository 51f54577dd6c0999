package fr.cession.domain.user;

/**
 * Who an activity is for, and what a person may do (seed 004 and DOMAIN.md "Who uses it"). A
 * person holds one or several.
 */
public enum Role {
    COMMERCIAL("commercial"),
    ADV("ADV"),
    MANAGER("manager"),
    /** 004:55 "Si chèque de banque, clément et déborah responsable": the people designated for bank cheques. */
    RESPONSABLE_CHEQUES("responsable des chèques de banque");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
