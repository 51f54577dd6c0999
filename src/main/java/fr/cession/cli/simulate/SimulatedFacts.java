package fr.cession.cli.simulate;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.contact.ContactReport;
import fr.cession.domain.contact.ContactSubject;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.playbook.OrderEventNames;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.risk.SharedContacts;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.rules.CashLimit;
import fr.cession.domain.timer.OrderEvent;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the description says beyond the playbook's plan, put on the simulated order as the desktop
 * would hold it: the ledger's movements (cash above the legal limit refused as the workflow refuses
 * it, D112-3), the RIB's IBAN, the contact reports, and the history the timers read (creation, each
 * status entered, the address change).
 */
final class SimulatedFacts {

    private static final String WHO = "simulation";

    private final SimulationInput input;
    private final ZoneId zone;
    private final CashLimit cash;

    SimulatedFacts(SimulationInput input, ZoneId zone, RuleSettings settings) {
        this.input = input;
        this.zone = zone;
        this.cash = new CashLimit(settings);
    }

    Instant createdAt() {
        return input.reservedOn().atTime(input.reservedAt()).atZone(zone).toInstant();
    }

    /**
     * The order entered a status: at the hand-over (or delivery) for a sale, which starts the 7 days
     * (001:33); at creation otherwise, so a person confirmed the reservation within its 48 h.
     */
    Instant enteredAt(OrderStatus status) {
        boolean sold = status == OrderStatus.VENDUE || status == OrderStatus.CLOTUREE;
        return sold && input.handoverAt() != null ? at(input.handoverAt()) : createdAt();
    }

    /** The file with the described movements, RIB and contact reports; refused cash goes to {@code findings}. */
    OrderFile fill(OrderFile file, List<Simulation.Finding> findings) {
        OrderFile out = file;
        UUID orderId = file.orderId();
        for (SimulatedMovement m : input.movements()) {
            var refused = cash.check(out, m.kind(), m.method(), m.amount());
            if (refused.isPresent()) {
                findings.add(new Simulation.Finding(null, refused.get().code(), "Mouvement " + m.number() + " refusé : "
                        + refused.get().message(), refused.get().seedRef()));
                continue;
            }
            out = out.withPayment(new Payment(id(orderId, 100 + m.number()), orderId, m.kind(), m.method(), m.amount(),
                    null, at(m.receivedAt()), null, WHO, m.receivedAt() == null ? null : WHO, at(m.releasedAt()),
                    m.releasedAt() == null ? null : WHO, m.payer(), RowMeta.NEW));
        }
        if (input.iban() != null) {
            out = out.withDocument(new OrderDocument(id(orderId, 200), orderId, DocumentType.RIB, DocumentStatus.RECU,
                    null, createdAt(), null, null, null, input.iban(), RowMeta.NEW));
        }
        int n = 300;
        for (ContactChannel channel : input.contacts()) {
            out = out.withContact(new ContactReport(id(orderId, ++n), orderId, ContactSubject.COMMANDE, channel,
                    createdAt(), WHO, WHO, null, null, null, null, null, null, RowMeta.NEW));
        }
        return out;
    }

    /** The history the timers read: the creation, then each status entered. */
    List<Change> history(Order order, List<OrderStatus> entered) {
        List<Change> out = new ArrayList<>();
        out.add(change(order, 1, ChangeKind.CREATION, createdAt(), List.of()));
        OrderStatus from = OrderStatus.RESERVEE;
        for (OrderStatus s : entered) {
            out.add(change(order, out.size() + 1, ChangeKind.MODIFICATION, enteredAt(s),
                    List.of(new FieldChange("status", from.name(), s.name()))));
            from = s;
        }
        return out;
    }

    /** The complaint after the sale (001:35), which neither the history nor the file of a simulation carries. */
    List<OrderEvent> complaintEvents() {
        List<OrderEvent> out = new ArrayList<>();
        Optional.ofNullable(input.complaintOpenedAt())
                .ifPresent(t -> out.add(new OrderEvent(OrderEventNames.COMPLAINT_OPENED, at(t))));
        Optional.ofNullable(input.complaintAnsweredAt())
                .ifPresent(t -> out.add(new OrderEvent(OrderEventNames.COMPLAINT_ANSWERED, at(t))));
        return out;
    }

    /** The address change the red flag compares with the first funds (003:9). */
    SharedContacts shared() {
        Instant changed = at(input.addressChangedAt());
        return new SharedContacts() {
            @Override
            public List<String> otherNamesSameContact(Order order) {
                return List.of();
            }

            @Override
            public Optional<Instant> lastAddressChange(UUID orderId) {
                return Optional.ofNullable(changed);
            }
        };
    }

    private Change change(Order order, int n, ChangeKind kind, Instant at, List<FieldChange> fields) {
        return new Change(id(order.id(), 400 + n), EntityKind.COMMANDE, order.id(), order.id(), kind, n - 1L, n, at,
                WHO, order.owningSite(), fields);
    }

    private Instant at(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private static UUID id(UUID orderId, long n) {
        return new UUID(orderId.getMostSignificantBits(), n);
    }
}
