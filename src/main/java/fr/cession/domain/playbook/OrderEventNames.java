package fr.cession.domain.playbook;

import fr.cession.domain.order.OrderStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The events a timed outcome may start from or be voided by, as the playbook writes them: the
 * order's creation, its entering a status ({@code statut_vendue}), a refund approved, and the
 * complaint events the complaints desk emits ({@code reclamation_ouverte}, {@code reclamation_repondue}).
 */
public final class OrderEventNames {

    public static final String CREATION = "creation";
    public static final String REFUND_APPROVED = "remboursement_approuve";
    public static final String COMPLAINT_OPENED = "reclamation_ouverte";
    public static final String COMPLAINT_ANSWERED = "reclamation_repondue";
    private static final String STATUS_PREFIX = "statut_";

    public static final List<String> ALL;

    static {
        List<String> names = new ArrayList<>(List.of(CREATION, REFUND_APPROVED, COMPLAINT_OPENED, COMPLAINT_ANSWERED));
        for (OrderStatus s : OrderStatus.values()) {
            names.add(statusEntered(s));
        }
        ALL = Collections.unmodifiableList(names);
    }

    private OrderEventNames() {
    }

    public static String statusEntered(OrderStatus status) {
        return STATUS_PREFIX + status.name().toLowerCase(Locale.ROOT);
    }
}
