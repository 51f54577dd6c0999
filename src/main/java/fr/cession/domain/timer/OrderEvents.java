package fr.cession.domain.timer;

import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.aftersale.AfterSaleKind;
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

    /**
     * 001:35 « retouche »: a complaint's opening and its answer, at the instants the case records
     * (the same at every desktop once synced). A return is no complaint: it has its own steps.
     */
    public static List<OrderEvent> fromComplaints(List<AfterSaleCase> cases) {
        List<OrderEvent> out = new ArrayList<>();
        for (AfterSaleCase c : cases) {
            if (c.kind() != AfterSaleKind.RECLAMATION) {
                continue;
            }
            if (c.openedAt() != null) {
                out.add(new OrderEvent(OrderEventNames.COMPLAINT_OPENED, c.openedAt()));
            }
            if (c.answeredAt() != null) {
                out.add(new OrderEvent(OrderEventNames.COMPLAINT_ANSWERED, c.answeredAt()));
            }
        }
        return out;
    }
}
