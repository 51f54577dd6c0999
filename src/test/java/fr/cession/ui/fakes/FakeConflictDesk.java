package fr.cession.ui.fakes;

import fr.cession.domain.user.Actor;
import fr.cession.sync.protocol.OpenConflict;
import fr.cession.sync.protocol.OrderToFix;
import fr.cession.sync.protocol.RefusedChange;
import fr.cession.ui.conflict.ConflictDesk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Conflicts, refusals and orders to fix in memory; a resolution is handed to a callback (to change the
 * real store, say). A renumbering is refused as the real repair refuses it: a number it cannot take, or
 * one listed in {@link #taken}.
 */
public final class FakeConflictDesk implements ConflictDesk {

    public final List<OpenConflict> conflicts = new CopyOnWriteArrayList<>();
    public final List<RefusedChange> refusals = new CopyOnWriteArrayList<>();
    public final List<String> resolutions = new CopyOnWriteArrayList<>();
    public final List<OrderToFix> toFix = new CopyOnWriteArrayList<>();
    /** What the repairs did, in order: "renumber <number> by <login>", "resend <number> by <login>", "withdraw <number>". */
    public final List<String> repairs = new CopyOnWriteArrayList<>();
    public final List<String> taken = new CopyOnWriteArrayList<>();
    private final BiConsumer<OpenConflict, String> onResolve;

    public FakeConflictDesk(BiConsumer<OpenConflict, String> onResolve) {
        this.onResolve = onResolve;
    }

    public FakeConflictDesk() {
        this((c, v) -> { });
    }

    /** A conflict on the order's customer e-mail: kept by Lyon, lost by Paris. */
    public OpenConflict emailConflict(UUID orderId) {
        OpenConflict c = new OpenConflict(UUID.randomUUID(), "sales_order", orderId, orderId, "customer_email",
                "jean.martin@exemple.fr", "cdupont", "LYON", Instant.parse("2026-03-10T08:30:00Z"),
                "j.martin@exemple.fr", "pmoreau", "PARIS", Instant.parse("2026-03-10T08:10:00Z"));
        conflicts.add(c);
        return c;
    }

    public RefusedChange refusal(UUID orderId) {
        RefusedChange r = new RefusedChange(UUID.randomUUID(), "sales_order", orderId, orderId, "cdupont",
                "Passage en vendue refusé : bon de remise et Cerfa de cession manquants",
                Instant.parse("2026-03-10T08:40:00Z"));
        refusals.add(r);
        return r;
    }

    @Override
    public List<OpenConflict> openConflicts() {
        return List.copyOf(conflicts);
    }

    @Override
    public void resolve(UUID conflictId, String chosen, Actor actor) {
        OpenConflict c = conflicts.stream().filter(x -> x.id().equals(conflictId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Ce conflit est déjà résolu"));
        onResolve.accept(c, chosen);
        conflicts.remove(c);
        resolutions.add(c.field() + "=" + chosen + " by " + actor.login());
    }

    @Override
    public List<RefusedChange> unreadRefusals() {
        return List.copyOf(refusals);
    }

    @Override
    public void acknowledge(UUID opId) {
        refusals.removeIf(r -> r.opId().equals(opId));
    }

    /** An order the central database refused as a duplicate number. */
    public OrderToFix duplicate(UUID orderId, String number) {
        OrderToFix f = new OrderToFix(orderId, number, "Commande " + number + " : doublon : le numéro "
                + number + " est déjà celui d'une autre commande, créée à PARIS. Corrigez le numéro de la vôtre puis "
                + "renvoyez-la, ou retirez-la de ce poste.", Instant.parse("2026-03-10T08:45:00Z"));
        toFix.add(f);
        return f;
    }

    @Override
    public List<OrderToFix> toFix() {
        return List.copyOf(toFix);
    }

    @Override
    public void renumber(UUID orderId, String number, Actor actor) {
        OrderToFix f = find(orderId);
        String wanted = number == null ? "" : number.strip();
        if (!wanted.matches("[A-Za-z0-9][A-Za-z0-9_./-]{0,39}")) {
            throw new IllegalArgumentException("Numéro de commande « " + wanted
                    + " » : de 1 à 40 lettres, chiffres, « - », « _ », « / » ou « . » attendus");
        }
        if (taken.contains(wanted)) {
            throw new IllegalArgumentException("Numéro de commande « " + wanted + " » : déjà utilisé sur ce poste");
        }
        toFix.set(toFix.indexOf(f), new OrderToFix(orderId, wanted, f.reason(), f.refusedAt()));
        repairs.add("renumber " + wanted + " by " + actor.login());
    }

    @Override
    public void resend(UUID orderId, Actor actor) {
        OrderToFix f = find(orderId);
        toFix.remove(f);
        repairs.add("resend " + f.number() + " by " + actor.login());
    }

    @Override
    public void withdraw(UUID orderId) {
        OrderToFix f = find(orderId);
        toFix.remove(f);
        repairs.add("withdraw " + f.number());
    }

    private OrderToFix find(UUID orderId) {
        return toFix.stream().filter(f -> f.orderId().equals(orderId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cette commande n'est pas dans la liste « à corriger »."));
    }
}
