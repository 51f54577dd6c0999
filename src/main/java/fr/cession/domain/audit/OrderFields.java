package fr.cession.domain.audit;

import fr.cession.domain.account.AccountLink;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
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

import java.util.LinkedHashMap;
import java.util.Map;

import static fr.cession.domain.audit.FieldValues.*;

/** An order as named field values (the columns of {@code sales_order}), and back. */
public final class OrderFields {

    private OrderFields() {
    }

    public static Map<String, String> of(Order o) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("number", o.number());
        f.put("status", FieldValues.of(o.status()));
        f.put("reserved_on", FieldValues.of(o.reservedOn()));
        f.put("reservation_fee", FieldValues.of(o.reservationFee()));
        f.put("advisor", o.advisor());
        f.put("owning_site", o.owningSite());
        Customer c = o.customer();
        f.put("customer_kind", FieldValues.of(c.kind()));
        f.put("customer_first_name", c.firstName());
        f.put("customer_last_name", c.lastName());
        f.put("company_name", c.companyName());
        f.put("company_siren", c.companySiren());
        f.put("customer_email", c.email());
        f.put("customer_phone", c.phone());
        f.put("customer_address", c.address());
        f.put("cg_holding", FieldValues.of(c.cgHolding()));
        f.put("co_holder_name", c.coHolderName());
        f.put("collector_name", c.collectorName());
        Vehicle v = o.vehicle();
        f.put("vehicle_vin", v.vin());
        f.put("vehicle_plate", v.plate());
        f.put("vehicle_make", v.make());
        f.put("vehicle_model", v.model());
        f.put("vehicle_first_registration", FieldValues.of(v.firstRegistration()));
        f.put("vehicle_last_ct", FieldValues.of(v.lastCt()));
        f.put("vehicle_last_service", FieldValues.of(v.lastService()));
        f.put("vehicle_mileage_km", FieldValues.of(v.mileageKm()));
        f.put("vehicle_price", FieldValues.of(v.price()));
        f.put("vehicle_imported", FieldValues.of(v.imported()));
        f.put("partner_seller", v.partnerSeller());
        f.put("handover_mode", FieldValues.of(o.handoverMode()));
        f.put("handover_at", FieldValues.of(o.handoverAt()));
        f.put("inspector", o.inspector());
        f.put("payment_method", FieldValues.of(o.paymentMethod()));
        Financing fi = o.financing();
        f.put("down_payment", FieldValues.of(fi.downPayment()));
        f.put("financed_amount", FieldValues.of(fi.financedAmount()));
        f.put("financing_covers", fi.covers().isEmpty() ? null : FieldValues.of(fi.covers()));
        f.put("lender", FieldValues.of(fi.lender()));
        f.put("vehicle_received_on", FieldValues.of(o.vehicleReceivedOn()));
        f.put("withdrawal_notice_on", FieldValues.of(o.withdrawalNoticeOn()));
        Cancellation ca = o.cancellation();
        f.put("cancellation_case", ca == null ? null : FieldValues.of(ca.cancellationCase()));
        f.put("cancellation_reason", ca == null ? null : ca.reason());
        f.put("cancelled_at", ca == null ? null : FieldValues.of(ca.cancelledAt()));
        f.put("status_before_cancel", ca == null ? null : FieldValues.of(ca.statusBefore()));
        AccountLink a = o.account();
        f.put("customer_account_id", a.accountId() == null ? null : a.accountId().toString());
        f.put("customer_account_name", a.accountName());
        f.put("customer_account_kind", FieldValues.of(a.kind()));
        f.put("sub_account_id", a.subAccountId() == null ? null : a.subAccountId().toString());
        f.put("sub_account_name", a.subAccountName());
        f.put("account_deposit_percent", a.depositPercent() == null ? null : a.depositPercent().toString());
        f.put("account_commission_cents", a.commissionCents() == null ? null : a.commissionCents().toString());
        f.put("collector_member_id", a.collectorId() == null ? null : a.collectorId().toString());
        return f;
    }

    public static Order from(java.util.UUID id, Map<String, String> f, RowMeta meta) {
        Customer customer = new Customer(enumOf(CustomerKind.class, f.get("customer_kind")),
                f.get("customer_first_name"), f.get("customer_last_name"), f.get("company_name"),
                f.get("company_siren"), f.get("customer_email"), f.get("customer_phone"), f.get("customer_address"),
                enumOf(CgHolding.class, f.get("cg_holding")), f.get("co_holder_name"), f.get("collector_name"));
        Vehicle vehicle = new Vehicle(f.get("vehicle_vin"), f.get("vehicle_plate"), f.get("vehicle_make"),
                f.get("vehicle_model"), date(f.get("vehicle_first_registration")), date(f.get("vehicle_last_ct")),
                date(f.get("vehicle_last_service")), integer(f.get("vehicle_mileage_km")),
                decimal(f.get("vehicle_price")), bool(f.get("vehicle_imported")), f.get("partner_seller"));
        Financing financing = new Financing(decimal(f.get("down_payment")), decimal(f.get("financed_amount")),
                enumSet(FinancingCover.class, f.get("financing_covers")), enumOf(Lender.class, f.get("lender")));
        Cancellation cancellation = f.get("cancellation_case") == null ? null
                : new Cancellation(enumOf(CancellationCase.class, f.get("cancellation_case")),
                        f.get("cancellation_reason"), instant(f.get("cancelled_at")),
                        enumOf(OrderStatus.class, f.get("status_before_cancel")));
        return new Order(id, f.get("number"), enumOf(OrderStatus.class, f.get("status")),
                date(f.get("reserved_on")), decimal(f.get("reservation_fee")), f.get("advisor"),
                f.get("owning_site"), customer, vehicle, enumOf(HandoverMode.class, f.get("handover_mode")),
                dateTime(f.get("handover_at")), enumOf(PaymentMethod.class, f.get("payment_method")), financing,
                date(f.get("vehicle_received_on")), date(f.get("withdrawal_notice_on")), cancellation, meta,
                f.get("inspector"), account(f));
    }

    private static AccountLink account(Map<String, String> f) {
        if (f.get("customer_account_id") == null) {
            return AccountLink.NONE;
        }
        String commission = f.get("account_commission_cents");
        return new AccountLink(uuid(f.get("customer_account_id")), f.get("customer_account_name"),
                enumOf(CustomerAccountKind.class, f.get("customer_account_kind")), uuid(f.get("sub_account_id")),
                f.get("sub_account_name"), integer(f.get("account_deposit_percent")),
                commission == null ? null : Long.valueOf(commission), uuid(f.get("collector_member_id")));
    }

    private static java.util.UUID uuid(String s) {
        return s == null ? null : java.util.UUID.fromString(s);
    }
}
