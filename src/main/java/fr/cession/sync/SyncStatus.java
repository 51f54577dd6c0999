package fr.cession.sync;

/** Where this desktop stands with the central database. */
public enum SyncStatus {
    /** No central database configured: the desktop works alone. */
    LOCAL_ONLY("Mode local : aucune base centrale configurée"),
    /** Last exchange with the central database succeeded. */
    EN_LIGNE("En ligne"),
    /** The central database could not be reached; changes wait in the outbox. */
    HORS_LIGNE("Hors ligne"),
    /** Local and central data schemas differ: no exchange until the application is updated. */
    SCHEMA_INCOMPATIBLE("Versions incompatibles");

    private final String label;

    SyncStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
