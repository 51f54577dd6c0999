package fr.cession.store;

/**
 * The store is encrypted with another key than the one given: another person's store, or the
 * person's password changed since the store was written (reset by the account holder).
 */
public class StoreKeyMismatchException extends LocalDatabaseException {

    private static final long serialVersionUID = 1L;

    public StoreKeyMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
