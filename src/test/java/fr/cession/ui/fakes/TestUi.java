package fr.cession.ui.fakes;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.UiContext;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.task.DirectTaskExecutor;
import fr.cession.ui.task.TaskExecutor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;

/** A desktop's collaborators for tests: fixed clock, in-memory store, fake workflow and dialogs. */
public final class TestUi {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Tuesday 10 March 2026, 10:00 in Paris. */
    public static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, PARIS).toInstant(), PARIS);
    public static final Actor ACTOR = new Actor("cdupont", "Claire Dupont", Role.COMMERCIAL, "LYON");

    public final InMemoryStore store = new InMemoryStore();
    public final FakeWorkflow workflow = new FakeWorkflow(store, CLOCK, PARIS);
    public final FakeDialogs dialogs = new FakeDialogs();

    public UiContext context() {
        return context(Locale.FRANCE, new DirectTaskExecutor());
    }

    public UiContext context(Locale locale, TaskExecutor executor) {
        Messages m = new Messages(locale);
        return new UiContext(ACTOR, CLOCK, PARIS, RuleSettings.SEED_004, m, new Formats(PARIS), executor, dialogs,
                store, store, workflow);
    }

    /** Creates an order reserved {@code daysAgo} days before the clock's day. */
    public OrderFile order(String last, String plate, String vin, int daysAgo) {
        Customer c = new Customer(CustomerKind.PARTICULIER, "Jean", last, null, null, "jean@example.fr",
                "0612345678", "1 rue de la Paix, Lyon", CgHolding.TITULAIRE, null, null);
        Vehicle v = new Vehicle(vin, plate, "Peugeot", "308", LocalDate.of(2021, 5, 1), null, null, 42000,
                new BigDecimal("18990"), false, null);
        Order o = new Order(UUID.randomUUID(), null, OrderStatus.RESERVEE,
                LocalDate.now(CLOCK).minusDays(daysAgo), new BigDecimal("500"), ACTOR.login(), ACTOR.site(), c, v,
                HandoverMode.CESSION, null, PaymentMethod.VIR, Financing.NONE, null, null, null, RowMeta.NEW);
        return workflow.create(o, ACTOR);
    }
}
