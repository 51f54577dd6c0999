package fr.cession.domain.dossier;

import fr.cession.domain.audit.ActivityFields;
import fr.cession.domain.audit.AfterSaleFields;
import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.ContactFields;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.audit.OrderFields;
import fr.cession.domain.audit.PaperworkFields;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What changed between two states of an order file, entity by entity and field by field. The
 * store writes exactly these changes (rows, audit and outbox) in one transaction.
 */
public final class OrderFileDiff {

    private final Supplier<UUID> ids;

    public OrderFileDiff(Supplier<UUID> ids) {
        this.ids = ids;
    }

    /** @param before the file as loaded, or null when {@code after} is a new order */
    public List<Change> changes(OrderFile before, OrderFile after, Actor actor, Instant at) {
        UUID orderId = after.orderId();
        List<Change> out = new ArrayList<>();
        Context ctx = new Context(orderId, actor, at, out);
        ctx.one(EntityKind.COMMANDE, before == null ? null : before.order(), after.order(),
                o -> o.id(), o -> o.meta(), OrderFields::of);
        ctx.many(EntityKind.ACTIVITE, before == null ? List.of() : before.activities(), after.activities(),
                a -> a.id(), a -> a.meta(), ActivityFields::of);
        ctx.many(EntityKind.LIGNE_CHECKLIST, before == null ? List.of() : before.items(), after.items(),
                i -> i.id(), i -> i.meta(), ActivityFields::of);
        ctx.many(EntityKind.DOCUMENT, before == null ? List.of() : before.documents(), after.documents(),
                d -> d.id(), d -> d.meta(), PaperworkFields::of);
        ctx.many(EntityKind.PAIEMENT, before == null ? List.of() : before.payments(), after.payments(),
                p -> p.id(), p -> p.meta(), PaperworkFields::of);
        ctx.many(EntityKind.APPROBATION, before == null ? List.of() : before.approvals(), after.approvals(),
                a -> a.id(), a -> a.meta(), PaperworkFields::of);
        ctx.many(EntityKind.CONTACT, before == null ? List.of() : before.contacts(), after.contacts(),
                r -> r.id(), r -> r.meta(), ContactFields::of);
        ctx.many(EntityKind.ACCORD, before == null ? List.of() : before.agreements(), after.agreements(),
                a -> a.id(), a -> a.meta(), ContactFields::of);
        ctx.many(EntityKind.APRES_VENTE, before == null ? List.of() : before.afterSale(), after.afterSale(),
                c -> c.id(), c -> c.meta(), AfterSaleFields::of);
        return out;
    }

    /** Field-level differences between two field maps; a null map means the entity does not exist. */
    public static List<FieldChange> fieldChanges(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>();
        if (after != null) {
            names.addAll(after.keySet());
        }
        if (before != null) {
            names.addAll(before.keySet());
        }
        List<FieldChange> out = new ArrayList<>();
        for (String name : names) {
            String old = before == null ? null : before.get(name);
            String neu = after == null ? null : after.get(name);
            if (!Objects.equals(old, neu)) {
                out.add(new FieldChange(name, old, neu));
            }
        }
        return out;
    }

    private final class Context {
        private final UUID orderId;
        private final Actor actor;
        private final Instant at;
        private final List<Change> out;

        Context(UUID orderId, Actor actor, Instant at, List<Change> out) {
            this.orderId = orderId;
            this.actor = actor;
            this.at = at;
            this.out = out;
        }

        <T> void one(EntityKind kind, T before, T after, Function<T, UUID> id, Function<T, RowMeta> meta,
                     Function<T, Map<String, String>> fields) {
            compare(kind, id.apply(after), before, after, meta, fields);
        }

        <T> void many(EntityKind kind, List<T> before, List<T> after, Function<T, UUID> id,
                      Function<T, RowMeta> meta, Function<T, Map<String, String>> fields) {
            Map<UUID, T> old = new HashMap<>();
            before.forEach(t -> old.put(id.apply(t), t));
            for (T t : after) {
                compare(kind, id.apply(t), old.remove(id.apply(t)), t, meta, fields);
            }
            for (T gone : old.values()) {
                compare(kind, id.apply(gone), gone, null, meta, fields);
            }
        }

        private <T> void compare(EntityKind kind, UUID entityId, T before, T after, Function<T, RowMeta> meta,
                                 Function<T, Map<String, String>> fields) {
            List<FieldChange> diff = fieldChanges(before == null ? null : fields.apply(before),
                    after == null ? null : fields.apply(after));
            ChangeKind changeKind = before == null ? ChangeKind.CREATION
                    : after == null ? ChangeKind.SUPPRESSION : ChangeKind.MODIFICATION;
            if (changeKind == ChangeKind.MODIFICATION && diff.isEmpty()) {
                return;
            }
            long base = before == null ? 0 : meta.apply(before).version();
            out.add(new Change(ids.get(), kind, entityId, orderId, changeKind, base, base + 1, at, actor.login(),
                    actor.site(), diff));
        }
    }
}
