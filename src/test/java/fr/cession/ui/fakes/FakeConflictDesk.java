package fr.cession.ui.fakes;

import fr.cession.domain.user.Actor;
import fr.cession.sync.OpenConflict;
import fr.cession.sync.RefusalLog;
import fr.cession.ui.conflict.ConflictDesk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** Conflicts and refusals in memory; a resolution is handed to a callback (to change the real store, say). */
public final class FakeConflictDesk implements ConflictDesk {

    public final List<OpenConflict> conflicts = new CopyOnWriteArrayList<>();
    public final List<RefusalLog.Refusal> refusals = new CopyOnWriteArrayList<>();
    public final List<String> resolutions = new CopyOnWriteArrayList<>();
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

    public RefusalLog.Refusal refusal(UUID orderId) {
        RefusalLog.Refusal r = new RefusalLog.Refusal(UUID.randomUUID(), "sales_order", orderId, orderId, "cdupont",
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
    public List<RefusalLog.Refusal> unreadRefusals() {
        return List.copyOf(refusals);
    }

    @Override
    public void acknowledge(UUID opId) {
        refusals.removeIf(r -> r.opId().equals(opId));
    }
}
