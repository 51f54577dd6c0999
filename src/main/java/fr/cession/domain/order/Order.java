package fr.cession.domain.order;

import fr.cession.domain.account.AccountLink;
import fr.cession.domain.row.RowMeta;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A consumer order (commande B2C) of one used vehicle. Immutable: every change gives a new
 * value, which the store diffs against the old one to write the audit trail.
 *
 * @param handoverAt the hand-over appointment or delivery, in the site's local time; null until set
 * @param vehicleReceivedOn the day the customer received the vehicle (starts the withdrawal period)
 * @param withdrawalNoticeOn the day the customer notified a withdrawal (starts the refund deadline)
 * @param inspector  who holds the hand-over (004:50), a name from the designated list; null until chosen
 * @param account the customer account (and sub-account) the order was placed for (seed 000)
 */
public record Order(
        UUID id,
        String number,
        OrderStatus status,
        LocalDate reservedOn,
        BigDecimal reservationFee,
        String advisor,
        String owningSite,
        Customer customer,
        Vehicle vehicle,
        HandoverMode handoverMode,
        LocalDateTime handoverAt,
        PaymentMethod paymentMethod,
        Financing financing,
        LocalDate vehicleReceivedOn,
        LocalDate withdrawalNoticeOn,
        Cancellation cancellation,
        RowMeta meta,
        String inspector,
        AccountLink account) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reservedOn, "reservedOn");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(vehicle, "vehicle");
        Objects.requireNonNull(handoverMode, "handoverMode");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        financing = financing == null ? Financing.NONE : financing;
        reservationFee = Money.euros(reservationFee);
        inspector = inspector == null || inspector.isBlank() ? null : inspector.strip();
        account = account == null ? AccountLink.NONE : account;
    }

    /** An order placed for no customer account (seed 000). */
    public Order(UUID id, String number, OrderStatus status, LocalDate reservedOn, BigDecimal reservationFee,
                 String advisor, String owningSite, Customer customer, Vehicle vehicle, HandoverMode handoverMode,
                 LocalDateTime handoverAt, PaymentMethod paymentMethod, Financing financing,
                 LocalDate vehicleReceivedOn, LocalDate withdrawalNoticeOn, Cancellation cancellation, RowMeta meta,
                 String inspector) {
        this(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle, handoverMode,
                handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn, cancellation, meta,
                inspector, AccountLink.NONE);
    }

    /** An order without inspector yet (creation, imports). */
    public Order(UUID id, String number, OrderStatus status, LocalDate reservedOn, BigDecimal reservationFee,
                 String advisor, String owningSite, Customer customer, Vehicle vehicle, HandoverMode handoverMode,
                 LocalDateTime handoverAt, PaymentMethod paymentMethod, Financing financing,
                 LocalDate vehicleReceivedOn, LocalDate withdrawalNoticeOn, Cancellation cancellation, RowMeta meta) {
        this(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle, handoverMode,
                handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn, cancellation, meta, null,
                AccountLink.NONE);
    }

    public Order withInspector(String newInspector) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle,
                handoverMode, handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, meta, newInspector, account);
    }

    public boolean isCredit() {
        return paymentMethod == PaymentMethod.CRD;
    }

    public boolean isCompanyBuyer() {
        return customer.isCompany();
    }

    public Order withStatus(OrderStatus newStatus) {
        return new Order(id, number, newStatus, reservedOn, reservationFee, advisor, owningSite, customer, vehicle,
                handoverMode, handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, meta, inspector, account);
    }

    public Order withHandoverAt(LocalDateTime newHandoverAt) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle,
                handoverMode, newHandoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, meta, inspector, account);
    }

    public Order withCancellation(Cancellation newCancellation) {
        return new Order(id, number, OrderStatus.ANNULEE, reservedOn, reservationFee, advisor, owningSite, customer,
                vehicle, handoverMode, handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                newCancellation, meta, inspector, account);
    }

    public Order withVehicleReceivedOn(LocalDate day) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle,
                handoverMode, handoverAt, paymentMethod, financing, day, withdrawalNoticeOn, cancellation, meta,
                inspector, account);
    }

    public Order withWithdrawalNoticeOn(LocalDate day) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle,
                handoverMode, handoverAt, paymentMethod, financing, vehicleReceivedOn, day, cancellation, meta,
                inspector, account);
    }

    public Order withAdvisor(String newAdvisor) {
        return new Order(id, number, status, reservedOn, reservationFee, newAdvisor, owningSite, customer, vehicle,
                handoverMode, handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, meta, inspector, account);
    }

    public Order withCustomer(Customer newCustomer) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, newCustomer, vehicle,
                handoverMode, handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, meta, inspector, account);
    }

    public Order withVehicle(Vehicle newVehicle) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, newVehicle,
                handoverMode, handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, meta, inspector, account);
    }

    public Order withHandoverMode(HandoverMode newMode) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle,
                newMode, handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, meta, inspector, account);
    }

    public Order withMeta(RowMeta newMeta) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle,
                handoverMode, handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, newMeta, inspector, account);
    }

    public Order withPaymentMethod(PaymentMethod newMethod) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle,
                handoverMode, handoverAt, newMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, meta, inspector, account);
    }

    public Order withFinancing(Financing newFinancing) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle,
                handoverMode, handoverAt, paymentMethod, newFinancing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, meta, inspector, account);
    }

    public Order withAccount(AccountLink newAccount) {
        return new Order(id, number, status, reservedOn, reservationFee, advisor, owningSite, customer, vehicle,
                handoverMode, handoverAt, paymentMethod, financing, vehicleReceivedOn, withdrawalNoticeOn,
                cancellation, meta, inspector, newAccount);
    }
}
