package fr.cession.domain.playbook;

import java.util.List;
import java.util.stream.Collectors;

/** The playbook file could not be used; holds every problem found, not just the first. */
public class PlaybookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlaybookError> errors;

    public PlaybookException(List<PlaybookError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<PlaybookError> errors() {
        return errors;
    }

    private static String describe(List<PlaybookError> errors) {
        String header = errors.size() == 1 ? "Le playbook contient une erreur :"
                : "Le playbook contient " + errors.size() + " erreurs :";
        return errors.stream().map(e -> "  - " + e).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
