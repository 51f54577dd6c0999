package fr.cession.ui.i18n;

import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.aftersale.AfterSaleKind;
import fr.cession.domain.aftersale.AfterSaleStatus;
import fr.cession.domain.aftersale.DisputeDecision;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldValues;
import fr.cession.domain.contact.CallOutcome;
import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.contact.ContactSubject;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.FinancingCover;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Cents;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.user.Role;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that turns the names of the change log (table and column, canonical values)
 * into what a person reads: "E-mail du client", "Commande", "12 300 km", "Julie Dupont". The
 * history and the conflicts screen both use it, so a column is named the same everywhere; the
 * label of column {@code c} of table {@code t} is the bundle key {@code field.t.c}.
 */
public final class FieldTexts {

    /** How a column's canonical text reads. */
    public enum Kind {
        TEXT, ID, CODE, DATE, DATE_TIME, INSTANT, AMOUNT, CENTS, NUMBER, KM, BOOL, PERSON, ENUM, ENUM_SET
    }

    private record Type(Kind kind, Class<? extends Enum<?>> enumType) {
    }

    private static final Map<EntityKind, Map<String, Type>> TYPES = types();

    private final Messages m;
    private final Formats f;
    private final PersonNames people;

    public FieldTexts(Messages m, Formats f, PersonNames people) {
        this.m = m;
        this.f = f;
        this.people = people;
    }

    public Messages messages() {
        return m;
    }

    public PersonNames people() {
        return people;
    }

    public static String labelKey(EntityKind entity, String column) {
        return "field." + entity.table() + "." + column;
    }

    /** The audited columns of an entity, in the order of its table. */
    public static Set<String> columns(EntityKind entity) {
        return TYPES.get(entity).keySet();
    }

    public static Optional<EntityKind> kindOf(String table) {
        return Arrays.stream(EntityKind.values()).filter(k -> k.table().equals(table)).findFirst();
    }

    public static Kind kind(EntityKind entity, String column) {
        Type t = TYPES.get(entity).get(column);
        return t == null ? Kind.TEXT : t.kind();
    }

    /** Whether a person reads this column at all: internal links and codes are not for them. */
    public static boolean readable(EntityKind entity, String column) {
        Kind k = kind(entity, column);
        return k != Kind.ID && k != Kind.CODE;
    }

    /** The column's label; a column added since (no label yet) is "another field", never its name. */
    public String label(EntityKind entity, String column) {
        return TYPES.get(entity).containsKey(column) ? m.get(labelKey(entity, column)) : m.get("field.other");
    }

    public String label(String table, String column) {
        return kindOf(table).map(k -> label(k, column)).orElse(m.get("field.other"));
    }

    /** "Commande", "Ligne de check-list"… */
    public String entity(EntityKind entity) {
        return m.get("field.entity." + entity.table());
    }

    public String entity(String table) {
        return kindOf(table).map(this::entity).orElse(m.get("field.entity.other"));
    }

    public String value(String table, String column, String raw) {
        return kindOf(table).map(k -> value(k, column, raw)).orElse(raw == null ? m.get("field.value.empty") : raw);
    }

    /** The value as a person reads it; an empty value says so; an internal id is never shown. */
    public String value(EntityKind entity, String column, String raw) {
        if (raw == null || raw.isEmpty()) {
            return m.get("field.value.empty");
        }
        Type t = TYPES.get(entity).getOrDefault(column, new Type(Kind.TEXT, null));
        try {
            return switch (t.kind()) {
                case TEXT, CODE -> raw;
                case ID -> m.get("field.value.hidden");
                case DATE -> f.date(FieldValues.date(raw));
                case DATE_TIME -> f.dateTime(FieldValues.dateTime(raw));
                case INSTANT -> f.dateTime(FieldValues.instant(raw));
                case AMOUNT -> f.amount(FieldValues.decimal(raw));
                case CENTS -> f.amount(Cents.euros(Long.parseLong(raw)));
                case NUMBER -> raw;
                case KM -> m.get("field.value.km", FieldValues.integer(raw));
                case BOOL -> m.get(FieldValues.bool(raw) ? "field.value.yes" : "field.value.no");
                case PERSON -> people.name(raw);
                case ENUM -> enumLabel(t.enumType(), raw);
                case ENUM_SET -> Arrays.stream(raw.split(",")).map(String::trim).map(s -> enumLabel(t.enumType(), s))
                        .collect(Collectors.joining(", "));
            };
        } catch (RuntimeException e) {
            // a value this version cannot read (written by a newer one): shown as it came
            return raw;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String enumLabel(Class<? extends Enum<?>> type, String name) {
        return m.label(Enum.valueOf((Class) type, name));
    }

    private static Map<EntityKind, Map<String, Type>> types() {
        Map<EntityKind, Map<String, Type>> all = new EnumMap<>(EntityKind.class);
        all.put(EntityKind.COMMANDE, order());
        Map<String, Type> activity = new LinkedHashMap<>();
        put(activity, Kind.ID, "order_id");
        put(activity, Kind.CODE, "type_code");
        put(activity, Kind.TEXT, "title");
        activity.put("role", new Type(Kind.ENUM, Role.class));
        put(activity, Kind.PERSON, "assignee");
        put(activity, Kind.INSTANT, "due_at");
        activity.put("state", new Type(Kind.ENUM, ActivityState.class));
        put(activity, Kind.INSTANT, "done_at");
        put(activity, Kind.PERSON, "done_by");
        put(activity, Kind.TEXT, "note");
        all.put(EntityKind.ACTIVITE, activity);
        Map<String, Type> item = new LinkedHashMap<>();
        put(item, Kind.ID, "activity_id", "order_id");
        put(item, Kind.CODE, "line_code");
        put(item, Kind.TEXT, "label", "seed_ref");
        put(item, Kind.NUMBER, "position");
        put(item, Kind.BOOL, "checked");
        put(item, Kind.INSTANT, "checked_at");
        put(item, Kind.PERSON, "checked_by");
        all.put(EntityKind.LIGNE_CHECKLIST, item);
        Map<String, Type> document = new LinkedHashMap<>();
        put(document, Kind.ID, "order_id");
        document.put("doc_type", new Type(Kind.ENUM, DocumentType.class));
        document.put("status", new Type(Kind.ENUM, DocumentStatus.class));
        put(document, Kind.DATE, "issued_on");
        put(document, Kind.INSTANT, "received_at", "validated_at");
        put(document, Kind.PERSON, "validated_by");
        put(document, Kind.TEXT, "refusal_reason", "reference");
        all.put(EntityKind.DOCUMENT, document);
        Map<String, Type> payment = new LinkedHashMap<>();
        put(payment, Kind.ID, "order_id");
        payment.put("kind", new Type(Kind.ENUM, PaymentKind.class));
        payment.put("method", new Type(Kind.ENUM, PaymentMethod.class));
        put(payment, Kind.AMOUNT, "amount");
        put(payment, Kind.INSTANT, "ordered_at", "received_at", "released_at");
        put(payment, Kind.PERSON, "recorded_by", "received_by", "released_by");
        put(payment, Kind.TEXT, "reference", "payer_name");
        all.put(EntityKind.PAIEMENT, payment);
        Map<String, Type> approval = new LinkedHashMap<>();
        put(approval, Kind.ID, "order_id");
        approval.put("kind", new Type(Kind.ENUM, ApprovalKind.class));
        approval.put("status", new Type(Kind.ENUM, ApprovalStatus.class));
        put(approval, Kind.PERSON, "requested_by");
        put(approval, Kind.INSTANT, "requested_at");
        put(approval, Kind.PERSON, "decided_by");
        put(approval, Kind.INSTANT, "decided_at");
        put(approval, Kind.AMOUNT, "amount");
        put(approval, Kind.TEXT, "detail");
        all.put(EntityKind.APPROBATION, approval);
        Map<String, Type> contact = new LinkedHashMap<>();
        put(contact, Kind.ID, "order_id");
        contact.put("subject", new Type(Kind.ENUM, ContactSubject.class));
        contact.put("channel", new Type(Kind.ENUM, ContactChannel.class));
        put(contact, Kind.INSTANT, "contact_at");
        put(contact, Kind.PERSON, "author");
        put(contact, Kind.TEXT, "account", "next_step");
        put(contact, Kind.INSTANT, "next_step_at");
        put(contact, Kind.ID, "next_activity_id");
        contact.put("outcome", new Type(Kind.ENUM, CallOutcome.class));
        put(contact, Kind.NUMBER, "rating");
        put(contact, Kind.TEXT, "customer_comment");
        all.put(EntityKind.CONTACT, contact);
        Map<String, Type> agreement = new LinkedHashMap<>();
        put(agreement, Kind.ID, "order_id");
        put(agreement, Kind.AMOUNT, "agreed_price");
        put(agreement, Kind.TEXT, "payment_terms", "delivery_terms");
        all.put(EntityKind.ACCORD, agreement);
        Map<String, Type> afterSale = new LinkedHashMap<>();
        put(afterSale, Kind.ID, "order_id", "work_activity_id", "approval_id");
        afterSale.put("kind", new Type(Kind.ENUM, AfterSaleKind.class));
        afterSale.put("status", new Type(Kind.ENUM, AfterSaleStatus.class));
        put(afterSale, Kind.DATE, "opened_on", "pickup_on");
        put(afterSale, Kind.INSTANT, "opened_at", "answered_at", "inspected_at");
        put(afterSale, Kind.PERSON, "opened_by", "answered_by", "inspected_by");
        put(afterSale, Kind.TEXT, "request", "answer", "pickup_reference", "damage");
        afterSale.put("decision", new Type(Kind.ENUM, DisputeDecision.class));
        put(afterSale, Kind.AMOUNT, "decision_amount");
        put(afterSale, Kind.KM, "mileage_km");
        all.put(EntityKind.APRES_VENTE, afterSale);
        return all;
    }

    private static Map<String, Type> order() {
        Map<String, Type> o = new LinkedHashMap<>();
        put(o, Kind.TEXT, "number");
        o.put("status", new Type(Kind.ENUM, OrderStatus.class));
        put(o, Kind.DATE, "reserved_on");
        put(o, Kind.AMOUNT, "reservation_fee");
        put(o, Kind.PERSON, "advisor");
        put(o, Kind.TEXT, "owning_site");
        o.put("customer_kind", new Type(Kind.ENUM, CustomerKind.class));
        put(o, Kind.TEXT, "customer_first_name", "customer_last_name", "company_name", "company_siren",
                "customer_email", "customer_phone", "customer_address");
        o.put("cg_holding", new Type(Kind.ENUM, CgHolding.class));
        put(o, Kind.TEXT, "co_holder_name", "collector_name", "vehicle_vin", "vehicle_plate", "vehicle_make",
                "vehicle_model");
        put(o, Kind.DATE, "vehicle_first_registration", "vehicle_last_ct", "vehicle_last_service");
        put(o, Kind.KM, "vehicle_mileage_km");
        put(o, Kind.AMOUNT, "vehicle_price");
        put(o, Kind.BOOL, "vehicle_imported");
        put(o, Kind.TEXT, "partner_seller");
        o.put("handover_mode", new Type(Kind.ENUM, HandoverMode.class));
        put(o, Kind.DATE_TIME, "handover_at");
        put(o, Kind.TEXT, "inspector");
        o.put("payment_method", new Type(Kind.ENUM, PaymentMethod.class));
        put(o, Kind.AMOUNT, "down_payment", "financed_amount");
        o.put("financing_covers", new Type(Kind.ENUM_SET, FinancingCover.class));
        o.put("lender", new Type(Kind.ENUM, Lender.class));
        put(o, Kind.DATE, "vehicle_received_on", "withdrawal_notice_on");
        o.put("cancellation_case", new Type(Kind.ENUM, CancellationCase.class));
        put(o, Kind.TEXT, "cancellation_reason");
        put(o, Kind.INSTANT, "cancelled_at");
        o.put("status_before_cancel", new Type(Kind.ENUM, OrderStatus.class));
        put(o, Kind.ID, "customer_account_id", "sub_account_id", "collector_member_id");
        put(o, Kind.TEXT, "customer_account_name", "sub_account_name");
        o.put("customer_account_kind", new Type(Kind.ENUM, CustomerAccountKind.class));
        put(o, Kind.NUMBER, "account_deposit_percent");
        put(o, Kind.CENTS, "account_commission_cents");
        return o;
    }

    private static void put(Map<String, Type> map, Kind kind, String... columns) {
        for (String c : columns) {
            map.put(c, new Type(kind, null));
        }
    }
}
