package fr.cession.domain.dossier;

/** Someone else saved the same row in the meantime: reload and try again. */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
