package fr.cession.ui.board;

import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.board.NextActivity;
import fr.cession.domain.board.OrderCard;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.user.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A board's data written by hand, as the store would read it: orders of every status with their
 * open activities, so a test says exactly which card it expects.
 */
final class BoardFixture implements BoardQueries {

    /** One order being written. */
    final class Order {
        final UUID id = UUID.randomUUID();
        final String number;
        OrderStatus status = OrderStatus.RESERVEE;
        String last;
        String plate;
        String vin;
        BigDecimal price = new BigDecimal("18990");
        PaymentMethod payment = PaymentMethod.VIR;
        LocalDateTime handoverAt;
        boolean funds;
        final List<ActivityCard> open = new ArrayList<>();

        Order(String number, String last, String plate, String vin) {
            this.number = number;
            this.last = last;
            this.plate = plate;
            this.vin = vin;
        }

        Order status(OrderStatus s) {
            status = s;
            return this;
        }

        Order price(String euros) {
            price = euros == null ? null : new BigDecimal(euros);
            return this;
        }

        Order handover(LocalDateTime at) {
            handoverAt = at;
            return this;
        }

        /** An open activity, unassigned, for the role. */
        Order activity(String type, String storedTitle, Role role, Instant due, int done, int total) {
            return activity(type, storedTitle, role, null, due, done, total);
        }

        Order activity(String type, String storedTitle, Role role, String assignee, Instant due, int done, int total) {
            open.add(new ActivityCard(UUID.randomUUID(), id, number, status, "Jean " + last, plate, vin, "Peugeot 308",
                    type, storedTitle, role, assignee, ADVISOR, due, payment, HandoverMode.CESSION, handoverAt, done,
                    total, funds));
            return this;
        }

        OrderCard card() {
            List<ActivityCard> sorted = open.stream().sorted(Comparator.comparing(ActivityCard::dueAt)).toList();
            NextActivity next = sorted.isEmpty() ? null : next(sorted.get(0));
            return new OrderCard(id, number, status, "Jean " + last, plate, vin, "Peugeot 308", ADVISOR, price, payment,
                    HandoverMode.CESSION, handoverAt, funds, next, open.size());
        }

        private NextActivity next(ActivityCard a) {
            return new NextActivity(a.activityId(), a.typeCode(), a.title(), a.role(), a.assignee(), a.dueAt(),
                    a.itemsDone(), a.itemsTotal());
        }
    }

    static final String ADVISOR = "cdupont";
    private final List<Order> orders = new ArrayList<>();

    Order order(String number, String last, String plate, String vin) {
        Order o = new Order(number, last, plate, vin);
        orders.add(o);
        return o;
    }

    @Override
    public BoardSnapshot snapshot() {
        List<ActivityCard> cards = new ArrayList<>();
        orders.stream().filter(o -> !o.status.terminal()).forEach(o -> cards.addAll(o.open));
        cards.sort(Comparator.comparing(ActivityCard::dueAt));
        return new BoardSnapshot(orders.stream().map(Order::card).toList(), cards, List.of());
    }

    @Override
    public BoardSnapshot snapshotFor(String login) {
        return BoardSnapshot.EMPTY;
    }

    @Override
    public boolean isEmpty() {
        return orders.isEmpty();
    }
}
