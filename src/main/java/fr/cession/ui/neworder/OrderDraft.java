package fr.cession.ui.neworder;

import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.validation.Dates;
import fr.cession.domain.validation.Mileage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The order the form's values describe, as the workflow receives it (unreadable values left empty). */
final class OrderDraft {

    private static final LocalTime DEFAULT_HANDOVER_TIME = LocalTime.of(10, 0);

    private final NewOrderViewModel form;

    OrderDraft(NewOrderViewModel form) {
        this.form = form;
    }

    Order draft(Function<OrderField, String> text) {
        CustomerKind kind = form.customerKindProperty().get();
        boolean company = kind == CustomerKind.SOCIETE;
        CgHolding holding = company ? CgHolding.SOCIETE
                : form.cgHoldingProperty().get() == null ? CgHolding.TITULAIRE : form.cgHoldingProperty().get();
        Customer customer = new Customer(kind, text.apply(OrderField.FIRST_NAME), text.apply(OrderField.LAST_NAME),
                text.apply(OrderField.COMPANY_NAME), text.apply(OrderField.SIREN), text.apply(OrderField.EMAIL),
                text.apply(OrderField.PHONE), text.apply(OrderField.ADDRESS), holding,
                text.apply(OrderField.CO_HOLDER), text.apply(OrderField.COLLECTOR));
        Vehicle vehicle = new Vehicle(text.apply(OrderField.VIN), text.apply(OrderField.PLATE),
                text.apply(OrderField.MAKE), text.apply(OrderField.MODEL), day(text, OrderField.FIRST_REGISTRATION),
                day(text, OrderField.LAST_CT), day(text, OrderField.LAST_SERVICE),
                Mileage.parse(text.apply(OrderField.MILEAGE)).orElse(null),
                OrderFormCheck.amount(text.apply(OrderField.PRICE)), form.importedProperty().get(), null);
        PaymentMethod method = form.paymentMethodProperty().get();
        Financing financing = method == PaymentMethod.CRD
                ? new Financing(OrderFormCheck.amount(text.apply(OrderField.DOWN_PAYMENT)),
                OrderFormCheck.amount(text.apply(OrderField.FINANCED_AMOUNT)), Set.copyOf(form.coversChosen()),
                form.lenderProperty().get())
                : Financing.NONE;
        LocalDate reserved = day(text, OrderField.RESERVED_ON);
        var ctx = form.context();
        return new Order(UUID.randomUUID(), null, OrderStatus.RESERVEE, reserved == null ? form.today() : reserved,
                OrderFormCheck.amount(text.apply(OrderField.RESERVATION_FEE)), ctx.actor().login(),
                ctx.actor().site(), customer, vehicle, form.handoverModeProperty().get(), handoverAt(text), method,
                financing, null, null, null, RowMeta.NEW);
    }

    private static LocalDate day(Function<OrderField, String> text, OrderField f) {
        return Dates.parse(text.apply(f)).orElse(null);
    }

    /** The hand-over day at the time typed (10:00 when none), or none while no day is given. */
    private static LocalDateTime handoverAt(Function<OrderField, String> text) {
        LocalDate day = day(text, OrderField.HANDOVER_DATE);
        if (day == null) {
            return null;
        }
        return day.atTime(Dates.parseTime(text.apply(OrderField.HANDOVER_TIME)).orElse(DEFAULT_HANDOVER_TIME));
    }
}
