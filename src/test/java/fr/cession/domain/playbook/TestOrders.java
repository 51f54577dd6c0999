package fr.cession.domain.playbook;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.time.FrenchCalendar;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Orders for playbook tests. Defaults: a private buyer, sole holder, paying by transfer, hand-over
 * on site, reserved Monday 2 March 2026, hand-over Friday 13 March 2026 14:00, a 2020 vehicle
 * whose CT (January 2026) and service (September 2025) are recent enough: no works.
 */
final class TestOrders {

    static final FrenchCalendar CALENDAR = new FrenchCalendar();
    static final Path REAL_FILE = Path.of("config/playbook-b2c.yaml");
    private static LoadedPlaybook real;

    private TestOrders() {
    }

    static synchronized LoadedPlaybook realPlaybook() {
        if (real == null) {
            real = new PlaybookLoader(CALENDAR).load(REAL_FILE);
        }
        return real;
    }

    static Builder order() {
        return new Builder();
    }

    static final class Builder {
        private PaymentMethod payment = PaymentMethod.VIR;
        private HandoverMode mode = HandoverMode.CESSION;
        private CustomerKind kind = CustomerKind.PARTICULIER;
        private CgHolding cg = CgHolding.TITULAIRE;
        private LocalDate reservedOn = LocalDate.of(2026, 3, 2);
        private LocalDateTime handoverAt = LocalDateTime.of(2026, 3, 13, 14, 0);
        private LocalDate firstRegistration = LocalDate.of(2020, 6, 15);
        private LocalDate lastCt = LocalDate.of(2026, 1, 10);
        private LocalDate lastService = LocalDate.of(2025, 9, 1);
        private OrderStatus status = OrderStatus.RESERVEE;
        private Cancellation cancellation;

        Builder payment(PaymentMethod p) {
            payment = p;
            return this;
        }

        Builder delivery() {
            mode = HandoverMode.LIVRAISON;
            return this;
        }

        Builder company() {
            kind = CustomerKind.SOCIETE;
            cg = CgHolding.SOCIETE;
            return this;
        }

        Builder coHolder() {
            cg = CgHolding.COTITULAIRE;
            return this;
        }

        Builder reservedOn(LocalDate d) {
            reservedOn = d;
            return this;
        }

        Builder handoverAt(LocalDateTime at) {
            handoverAt = at;
            return this;
        }

        Builder vehicle(LocalDate firstReg, LocalDate ct, LocalDate service) {
            firstRegistration = firstReg;
            lastCt = ct;
            lastService = service;
            return this;
        }

        Builder status(OrderStatus s) {
            status = s;
            return this;
        }

        Builder cancelled(CancellationCase c, OrderStatus before, Instant at) {
            status = OrderStatus.ANNULEE;
            cancellation = new Cancellation(c, "test", at, before);
            return this;
        }

        Order build() {
            Customer customer = new Customer(kind, "Camille", "Martin",
                    kind == CustomerKind.SOCIETE ? "Garage Martin SARL" : null,
                    kind == CustomerKind.SOCIETE ? "123456789" : null, "camille@example.fr", "0612345678",
                    "1 rue de la Paix, 75002 Paris", cg, cg == CgHolding.COTITULAIRE ? "Alex Martin" : null, null);
            Vehicle vehicle = new Vehicle("VF1AAAAA000000001", "AB-123-CD", "Renault", "Clio", firstRegistration,
                    lastCt, lastService, 45_000, new BigDecimal("12990"), false, "Partenaire SA");
            return new Order(UUID.randomUUID(), "B2C-0001", status, reservedOn, new BigDecimal("300"), "cmartin",
                    "PARIS", customer, vehicle, mode, handoverAt, payment, Financing.NONE, null, null, cancellation,
                    RowMeta.NEW);
        }

        OrderFile file() {
            return OrderFile.of(build());
        }
    }
}
