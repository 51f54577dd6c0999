package fr.cession.store;

/** The local data file cannot be used; the message (French) tells the user why and what to do. */
public class LocalDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LocalDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    public LocalDatabaseException(String message) {
        super(message);
    }
}
