package fr.cession.ui.fakes;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.audit.Change;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.board.IdleOrder;
import fr.cession.domain.board.NextActivity;
import fr.cession.domain.board.OrderCard;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileDiff;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Order files in memory, with their history, readable as a board. */
public final class InMemoryStore implements OrderFileRepository, BoardQueries {

    private final Map<UUID, OrderFile> files = new ConcurrentHashMap<>();
    private final Map<UUID, List<Change>> history = new ConcurrentHashMap<>();
    private final OrderFileDiff diff = new OrderFileDiff(UUID::randomUUID);
    private int counter;

    @Override
    public Optional<OrderFile> load(UUID orderId) {
        return Optional.ofNullable(files.get(orderId));
    }

    @Override
    public Optional<OrderFile> loadByNumber(String number) {
        return files.values().stream().filter(f -> number.equals(f.order().number())).findFirst();
    }

    @Override
    public synchronized OrderFile save(OrderFile before, OrderFile after, Actor actor, Instant at) {
        List<Change> changes = diff.changes(before, after, actor, at);
        OrderFile stored = after;
        if (after.order().number() == null) {
            Order o = after.order();
            stored = after.withOrder(new Order(o.id(), String.format("%s-%04d", actor.site(), ++counter), o.status(),
                    o.reservedOn(), o.reservationFee(), o.advisor(), o.owningSite(), o.customer(), o.vehicle(),
                    o.handoverMode(), o.handoverAt(), o.paymentMethod(), o.financing(), o.vehicleReceivedOn(),
                    o.withdrawalNoticeOn(), o.cancellation(), o.meta(), o.inspector(), o.account()));
        }
        RowMeta meta = new RowMeta(1, at, actor.login(), actor.site(), false);
        stored = stored.withOrder(stored.order().withMeta(meta));
        files.put(stored.orderId(), stored);
        history.computeIfAbsent(stored.orderId(), k -> new ArrayList<>()).addAll(changes);
        return stored;
    }

    @Override
    public List<Change> history(UUID orderId) {
        return List.copyOf(history.getOrDefault(orderId, List.of()));
    }

    @Override
    public BoardSnapshot snapshot() {
        List<ActivityCard> cards = new ArrayList<>();
        List<IdleOrder> idle = new ArrayList<>();
        List<OrderCard> orders = new ArrayList<>();
        for (OrderFile f : files.values()) {
            Order o = f.order();
            boolean funds = f.payments().stream().anyMatch(p -> p.isReceived()
                    && p.kind() != PaymentKind.FRAIS_RESERVATION);
            List<Activity> open = f.activities().stream().filter(Activity::isOpen)
                    .sorted(Comparator.comparing(Activity::dueAt)).toList();
            orders.add(orderCard(f, open, funds));
            if (o.status().terminal()) {
                continue;
            }
            if (open.isEmpty()) {
                idle.add(new IdleOrder(o.id(), o.number(), o.status(), o.customer().displayName(), o.advisor()));
            }
            for (Activity a : open) {
                List<ChecklistItem> items = f.itemsOf(a.id());
                cards.add(new ActivityCard(a.id(), o.id(), o.number(), o.status(), o.customer().displayName(),
                        o.vehicle().plate(), o.vehicle().vin(), o.vehicle().displayName(), a.typeCode(), a.title(),
                        a.role(), a.assignee(), o.advisor(), a.dueAt(), o.paymentMethod(), o.handoverMode(),
                        o.handoverAt(), (int) items.stream().filter(ChecklistItem::checked).count(), items.size(),
                        funds));
            }
        }
        cards.sort(Comparator.comparing(ActivityCard::dueAt));
        orders.sort(Comparator.comparing(OrderCard::orderNumber));
        return new BoardSnapshot(orders, cards, idle);
    }

    private static OrderCard orderCard(OrderFile f, List<Activity> open, boolean funds) {
        Order o = f.order();
        NextActivity next = null;
        if (!open.isEmpty()) {
            Activity a = open.get(0);
            List<ChecklistItem> items = f.itemsOf(a.id());
            next = new NextActivity(a.id(), a.typeCode(), a.title(), a.role(), a.assignee(), a.dueAt(),
                    (int) items.stream().filter(ChecklistItem::checked).count(), items.size());
        }
        return new OrderCard(o.id(), o.number(), o.status(), o.customer().displayName(), o.vehicle().plate(),
                o.vehicle().vin(), o.vehicle().displayName(), o.advisor(), o.vehicle().price(), o.paymentMethod(),
                o.handoverMode(), o.handoverAt(), funds, next, open.size());
    }

    @Override
    public BoardSnapshot snapshotFor(String login) {
        BoardSnapshot all = snapshot();
        return new BoardSnapshot(all.cards().stream().filter(c -> c.isFor(login)).toList(),
                all.idleOrders().stream().filter(o -> login.equals(o.advisor())).toList());
    }

    public List<OrderFile> allFiles() {
        return List.copyOf(files.values());
    }

    @Override
    public boolean isEmpty() {
        return files.isEmpty();
    }
}
