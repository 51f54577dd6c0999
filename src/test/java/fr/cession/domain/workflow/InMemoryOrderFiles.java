package fr.cession.domain.workflow;

import fr.cession.domain.audit.Change;
import fr.cession.domain.dossier.ConcurrentChangeException;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.user.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Order files in a map: numbers the new ones, refuses a save from a stale state, counts saves. */
final class InMemoryOrderFiles implements OrderFileRepository {

    private final Map<UUID, OrderFile> files = new HashMap<>();
    final List<Instant> saves = new ArrayList<>();
    private int counter;

    @Override
    public Optional<OrderFile> load(UUID orderId) {
        return Optional.ofNullable(files.get(orderId));
    }

    @Override
    public Optional<OrderFile> loadByNumber(String number) {
        return files.values().stream().filter(f -> Objects.equals(f.order().number(), number)).findFirst();
    }

    @Override
    public OrderFile save(OrderFile before, OrderFile after, Actor actor, Instant at) {
        OrderFile current = files.get(after.orderId());
        if (!Objects.equals(current, before)) {
            throw new ConcurrentChangeException("La commande a changé entre-temps");
        }
        OrderFile stored = after;
        if (after.order().number() == null) {
            stored = new OrderFile(new fr.cession.domain.order.Order(after.order().id(),
                    String.format("LYO-%05d", ++counter), after.order().status(), after.order().reservedOn(),
                    after.order().reservationFee(), after.order().advisor(), after.order().owningSite(),
                    after.order().customer(), after.order().vehicle(), after.order().handoverMode(),
                    after.order().handoverAt(), after.order().paymentMethod(), after.order().financing(),
                    after.order().vehicleReceivedOn(), after.order().withdrawalNoticeOn(),
                    after.order().cancellation(), after.order().meta(), after.order().inspector(),
                    after.order().account()),
                    after.activities(), after.items(), after.documents(), after.payments(), after.approvals());
        }
        files.put(after.orderId(), stored);
        saves.add(at);
        return stored;
    }

    @Override
    public List<Change> history(UUID orderId) {
        return List.of();
    }
}
