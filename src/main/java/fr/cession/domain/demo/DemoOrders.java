package fr.cession.domain.demo;

import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.FinancingCover;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.row.RowMeta;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Draws the order itself (customer, vehicle, money, dates) for the demo data set. */
final class DemoOrders {

    private static final List<LocalTime> HANDOVER_TIMES = List.of(
            LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(11, 0), LocalTime.of(14, 0),
            LocalTime.of(15, 0), LocalTime.of(16, 30));
    private static final List<Integer> FEES = List.of(150, 250, 300, 500);
    private static final List<String> PARTNERS = List.of(
            "Garage du Centre", "Auto Losange Rennes", "Lion Occasions Lyon", "Flotte Entreprises SA", "Particulier");

    private final Random random;
    private final Identifiers ids;

    DemoOrders(Random random) {
        this.random = random;
        this.ids = new Identifiers(random);
    }

    UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    Identifiers ids() {
        return ids;
    }

    private static final List<String> INSPECTORS = List.of("Marc Lefèvre", "Sophie Girard", "Thomas Roussel");
    private static final List<String> CHEQUE_INSPECTORS = List.of("Marc Lefèvre", "Thomas Roussel");

    Order draft(String number, LocalDate reservedOn, LocalDateTime handoverAt, String advisor, String site) {
        PaymentMethod payment = pickWeighted(PaymentMethod.FOR_ORDERS.toArray(PaymentMethod[]::new), 50, 15, 35);
        HandoverMode mode = random.nextInt(100) < 65 ? HandoverMode.CESSION : HandoverMode.LIVRAISON;
        Vehicle vehicle = vehicle(reservedOn);
        Customer customer = customer();
        Financing financing = payment == PaymentMethod.CRD ? financing(vehicle.price()) : Financing.NONE;
        BigDecimal fee = BigDecimal.valueOf(FrenchPeople.pick(random, FEES));
        return new Order(uuid(), number, OrderStatus.RESERVEE, reservedOn, fee, advisor, site, customer, vehicle, mode,
                handoverAt, payment, financing, null, null, null, RowMeta.NEW,
                inspector(number, mode, handoverAt, payment));
    }

    /**
     * A hand-over with its date has its inspector (004:50), one of the shipped
     * config/inspecteurs.properties, accredited for a cheque (004:51). Drawn from the order's number,
     * not the random source, so the rest of the demo stays as it was.
     */
    private static String inspector(String number, HandoverMode mode, LocalDateTime handoverAt, PaymentMethod payment) {
        if (mode != HandoverMode.CESSION || handoverAt == null || number == null) {
            return null;
        }
        List<String> names = payment == PaymentMethod.CHQ ? CHEQUE_INSPECTORS : INSPECTORS;
        return names.get(Math.floorMod(number.hashCode(), names.size()));
    }

    /** A working-day appointment 10 to 15 days after the reservation, sometimes later (manager's decision). */
    LocalDate handoverDay(LocalDate reservedOn, boolean beyondWindow) {
        int days = beyondWindow ? 16 + random.nextInt(5) : 10 + random.nextInt(6);
        return reservedOn.plusDays(days);
    }

    LocalTime handoverTime() {
        return FrenchPeople.pick(random, HANDOVER_TIMES);
    }

    private Customer customer() {
        String first = FrenchPeople.pick(random, FrenchPeople.FIRST_NAMES);
        String last = FrenchPeople.pick(random, FrenchPeople.LAST_NAMES);
        String address = FrenchPeople.address(random);
        String phone = FrenchPeople.mobile(random);
        if (random.nextInt(100) < 15) {
            String form = FrenchPeople.pick(random, FrenchPeople.COMPANY_FORMS);
            String word = FrenchPeople.pick(random, FrenchPeople.COMPANY_WORDS);
            String company = form + " " + last + " " + word;
            String collector = random.nextBoolean() ? null
                    : FrenchPeople.pick(random, FrenchPeople.FIRST_NAMES) + " "
                            + FrenchPeople.pick(random, FrenchPeople.LAST_NAMES);
            // one address per company: two firms sharing a surname are not one buyer under two names (003:9)
            String email = "contact@" + FrenchPeople.ascii(last) + "-" + FrenchPeople.ascii(word) + ".exemple.fr";
            return new Customer(CustomerKind.SOCIETE, first, last, company, ids.siren(), email,
                    phone, address, CgHolding.SOCIETE, null, collector);
        }
        boolean coHolder = random.nextInt(100) < 20;
        String coHolderName = coHolder
                ? FrenchPeople.pick(random, FrenchPeople.FIRST_NAMES) + " " + last : null;
        return new Customer(CustomerKind.PARTICULIER, first, last, null, null, FrenchPeople.email(first, last), phone,
                address, coHolder ? CgHolding.COTITULAIRE : CgHolding.TITULAIRE, coHolderName, null);
    }

    private Vehicle vehicle(LocalDate reservedOn) {
        VehicleCatalog.Model model = FrenchPeople.pick(random, VehicleCatalog.MODELS);
        // 1 to 9 years old: some need a CT (over 3 years 11 months), some a service.
        LocalDate firstRegistration = reservedOn.minusDays(365L + random.nextInt(365 * 8));
        long ageMonths = java.time.temporal.ChronoUnit.MONTHS.between(firstRegistration, reservedOn);
        LocalDate lastCt = ageMonths >= 48 ? reservedOn.minusDays(20 + random.nextInt(500)) : null;
        LocalDate lastService = reservedOn.minusDays(30 + random.nextInt(500));
        int km = (int) Math.max(5_000, ageMonths * (800 + random.nextInt(1_200)));
        int price = model.minPrice() + random.nextInt(model.maxPrice() - model.minPrice()) / 100 * 100 + 90;
        return new Vehicle(ids.vin(model.wmi(), firstRegistration.getYear()), ids.sivPlate(), model.make(),
                model.model(), firstRegistration, lastCt, lastService, km / 100 * 100, BigDecimal.valueOf(price),
                model.imported(), FrenchPeople.pick(random, PARTNERS));
    }

    private Financing financing(BigDecimal price) {
        int percent = 10 + random.nextInt(31);
        BigDecimal down = price.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100))
                .setScale(0, java.math.RoundingMode.HALF_UP);
        Set<FinancingCover> covers = EnumSet.noneOf(FinancingCover.class);
        for (FinancingCover cover : FinancingCover.values()) {
            if (random.nextInt(100) < 30) {
                covers.add(cover);
            }
        }
        Lender lender = random.nextBoolean() ? Lender.COFIDIS : Lender.MOBILIZE;
        return new Financing(down, price.subtract(down), covers, lender);
    }

    private <E> E pickWeighted(E[] values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
