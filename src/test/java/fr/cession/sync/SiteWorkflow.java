package fr.cession.sync;

import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.workflow.OrderWorkflow;
import fr.cession.store.dossier.JooqOrderFileRepository;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The real repository and workflow (config/playbook-b2c.yaml) over a simulated desktop's store. */
final class SiteWorkflow {

    static final FrenchCalendar CALENDAR = new FrenchCalendar();
    static final Playbook PLAYBOOK = new PlaybookLoader(CALENDAR).load(Path.of("config/playbook-b2c.yaml"));

    private SiteWorkflow() {
    }

    /** Built afresh on each use: a restarted desktop has a new store connection. */
    static OrderWorkflow of(Desktop d, Clock clock) {
        return new OrderWorkflow(repo(d), PLAYBOOK, clock, UUID::randomUUID, CALENDAR);
    }

    static JooqOrderFileRepository repo(Desktop d) {
        return new JooqOrderFileRepository(d.dsl(), UUID::randomUUID);
    }

    static Actor actor(Desktop d) {
        return new Actor("user-" + d.site, "Utilisateur " + d.site, Role.MANAGER, d.site);
    }

    /** A back-office order as the import gives it: its number and customer, reserved a few days ago. */
    static Order draft(String number, String lastName, Clock clock) {
        Customer c = new Customer(CustomerKind.PARTICULIER, "Jean", lastName, null, null, "jean@example.fr",
                "0612345678", "1 rue de la Paix, Lyon", CgHolding.TITULAIRE, null, null);
        Vehicle v = new Vehicle("VF1AAAAAA11111111", "AB-123-CD", "Peugeot", "308", LocalDate.of(2021, 5, 1), null, null, 42000,
                new BigDecimal("18990"), false, null);
        return new Order(UUID.randomUUID(), number, OrderStatus.RESERVEE, LocalDate.now(clock).minusDays(2),
                new BigDecimal("500"), "conseiller", "LYON", c, v, HandoverMode.CESSION, null, PaymentMethod.VIR,
                Financing.NONE, null, null, null, RowMeta.NEW);
    }
}
