package fr.cession.domain.timer;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.OrderEventNames;

import java.util.ArrayList;
import java.util.List;

/**
 * The events timers listen to, read from the order's history: its creation and each status it
 * entered, at the instant the change was made (the same at every desktop once synced, so every
 * desktop computes the same due instant).
 */
public final class OrderEvents {

    private OrderEvents() {
    }

    public static List<OrderEvent> fromHistory(List<Change> history) {
        List<OrderEvent> out = new ArrayList<>();
        for (Change c : history) {
            if (c.entity() != EntityKind.COMMANDE) {
                continue;
            }
            if (c.kind() == ChangeKind.CREATION) {
                out.add(new OrderEvent(OrderEventNames.CREATION, c.at()));
            }
            for (FieldChange f : c.fields()) {
                if ("status".equals(f.field()) && f.newValue() != null && !f.newValue().equals(f.oldValue())) {
                    status(f.newValue()).ifPresent(s -> out.add(new OrderEvent(OrderEventNames.statusEntered(s), c.at())));
                }
            }
        }
        return out;
    }

    private static java.util.Optional<OrderStatus> status(String value) {
        try {
            return java.util.Optional.of(OrderStatus.valueOf(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
