package fr.cession.domain.risk;

import java.util.List;
import java.util.stream.Collectors;

/** The red flags of an order and what they add up to against the playbook's threshold. */
public record FraudAssessment(List<FraudFlag> flags, int threshold) {

    public FraudAssessment {
        flags = List.copyOf(flags);
    }

    public int score() {
        return flags.stream().mapToInt(FraudFlag::weight).sum();
    }

    /** At or above the threshold a manager reviews the order before the keys leave (003:9). */
    public boolean needsReview() {
        return !flags.isEmpty() && score() >= threshold;
    }

    /** The reasons one after the other, for a tooltip or a refusal. */
    public String reasons() {
        return flags.stream().map(FraudFlag::reason).collect(Collectors.joining(" ; "));
    }
}
