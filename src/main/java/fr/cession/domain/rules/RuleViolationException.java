package fr.cession.domain.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A command the rules refuse, with every reason (not just the first), in French. */
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleViolation> violations;

    public RuleViolationException(List<RuleViolation> violations) {
        super(violations.stream().map(RuleViolation::message).collect(Collectors.joining(" ; ")));
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(RuleViolation violation) {
        this(List.of(violation));
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
