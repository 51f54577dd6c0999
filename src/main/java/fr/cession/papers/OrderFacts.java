package fr.cession.papers;

import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.papers.PdfCanvas.Field;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static fr.cession.papers.FrenchText.get;

/** What several papers say the same way: the buyer, the vehicle, the money received, a document's state. */
final class OrderFacts {

    private OrderFacts() {
    }

    static String number(Order o) {
        return o.number() == null || o.number().isBlank() ? get("reference.noNumber") : o.number();
    }

    static List<Field> buyer(Customer c) {
        List<Field> f = new ArrayList<>();
        if (c.isCompany()) {
            f.add(Field.of(get("field.company"), c.companyName()));
            f.add(Field.of(get("field.siren"), c.companySiren()));
            f.add(Field.of(get("field.representative"), person(c)));
        } else {
            f.add(Field.of(get("field.name"), c.displayName()));
        }
        f.add(Field.of(get("field.phone"), c.phone()));
        f.add(Field.of(get("field.email"), c.email()));
        f.add(Field.wide(get("field.address"), c.address()));
        f.add(Field.of(get("field.cg"), FrenchText.label(c.cgHolding())));
        f.add(Field.of(get("field.coHolder"), c.coHolderName()));
        f.add(Field.of(get("field.collector"), c.collectorName()));
        return f;
    }

    static String person(Customer c) {
        String first = c.firstName() == null ? "" : c.firstName().strip();
        String last = c.lastName() == null ? "" : c.lastName().strip();
        return (first + " " + last).strip();
    }

    static List<Field> vehicle(Vehicle v) {
        return List.of(
                Field.of(get("field.vehicle"), v.displayName()),
                Field.of(get("field.plate"), v.plate()),
                Field.of(get("field.vin"), v.vin()),
                Field.of(get("field.firstRegistration"), FrenchText.date(v.firstRegistration())),
                Field.of(get("field.mileage"), FrenchText.km(v.mileageKm())),
                Field.of(get("field.lastCt"), FrenchText.date(v.lastCt())),
                Field.of(get("field.imported"), v.imported() ? get("yes") : null));
    }

    /** Money in for the price (fee, down payment, loan, balance), whose funds were seen on the account. */
    static BigDecimal received(OrderFile file) {
        return file.payments().stream().filter(p -> p.kind() != PaymentKind.REMBOURSEMENT && p.isReceived())
                .map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The price less what was received; the reservation fee counts towards the price. */
    static BigDecimal remaining(OrderFile file) {
        BigDecimal price = file.order().vehicle().price();
        if (price == null) {
            return null;
        }
        BigDecimal left = price.subtract(received(file));
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left;
    }

    static String state(OrderDocument d, ZoneId zone) {
        if (d == null) {
            return get("state.missing");
        }
        return switch (d.status()) {
            case MANQUANT -> get("state.missing");
            case RECU -> d.receivedAt() == null ? get("state.receivedNoDate")
                    : get("state.received", FrenchText.date(d.receivedAt(), zone));
            case VALIDE -> get("state.validated", FrenchText.date(d.validatedAt(), zone));
            case REFUSE -> get("state.refused", d.refusalReason() == null ? "" : d.refusalReason());
        };
    }
}
