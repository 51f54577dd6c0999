package fr.cession.domain.playbook;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The playbook file could not be used; holds every problem found, not just the first. */
public class PlaybookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlaybookError> errors;

    /** The errors are kept in line order (stable), the order a manager reads the file in. */
    public PlaybookException(List<PlaybookError> errors) {
        super(describe(inLineOrder(errors)));
        this.errors = inLineOrder(errors);
    }

    private static List<PlaybookError> inLineOrder(List<PlaybookError> errors) {
        return errors.stream().sorted(Comparator.comparingInt(PlaybookError::line)).toList();
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
