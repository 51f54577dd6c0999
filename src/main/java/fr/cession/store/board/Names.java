package fr.cession.store.board;

/** Customer and vehicle names as the board's cards show them. */
final class Names {

    private Names() {
    }

    /** The company for a company buyer, else first and last name. */
    static String customer(String kind, String company, String first, String last) {
        if ("SOCIETE".equals(kind) && company != null && !company.isBlank()) {
            return company;
        }
        return join(first, last);
    }

    static String join(String a, String b) {
        return ((a == null ? "" : a.trim()) + " " + (b == null ? "" : b.trim())).trim();
    }
}
