package fr.cession.cli;

import java.util.List;

/** The workflow refused an order: each reason names the field and why (French, for the user). */
public class OrderRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param field the order field concerned (e.g. "vehicle.vin"), or null for the whole order */
    public record Reason(String field, String message) {
    }

    private final transient List<Reason> reasons;

    public OrderRejectedException(List<Reason> reasons) {
        super(reasons.toString());
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
