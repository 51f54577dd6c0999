package fr.cession.cli.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the back office's CSV export, by header name (case and accents as written
 * here; the header is matched ignoring case). The order of the columns in the file is free.
 * Each column names the store column it fills, so its size is checked before the store sees it.
 */
public enum CsvColumn {
    NUMERO("numero", true, "order.number", "number"),
    DATE_RESERVATION("date_reservation", true, "order.reservedOn", "reserved_on"),
    FRAIS_RESERVATION("frais_reservation", true, "order.reservationFee", "reservation_fee"),
    TYPE_CLIENT("type_client", false, "customer.kind", "customer_kind"),
    PRENOM("prenom", false, "customer.firstName", "customer_first_name"),
    NOM("nom", false, "customer.lastName", "customer_last_name"),
    SOCIETE("societe", false, "customer.companyName", "company_name"),
    SIREN("siren", false, "customer.companySiren", "company_siren"),
    EMAIL("email", false, "customer.email", "customer_email"),
    TELEPHONE("telephone", false, "customer.phone", "customer_phone"),
    ADRESSE("adresse", false, "customer.address", "customer_address"),
    TITULAIRE_CG("titulaire_cg", false, "customer.cgHolding", "cg_holding"),
    COTITULAIRE("cotitulaire", false, "customer.coHolderName", "co_holder_name"),
    VIN("vin", false, "vehicle.vin", "vehicle_vin"),
    IMMATRICULATION("immatriculation", false, "vehicle.plate", "vehicle_plate"),
    MARQUE("marque", false, "vehicle.make", "vehicle_make"),
    MODELE("modele", false, "vehicle.model", "vehicle_model"),
    MISE_EN_CIRCULATION("mise_en_circulation", false, "vehicle.firstRegistration", "vehicle_first_registration"),
    DERNIER_CT("dernier_ct", false, "vehicle.lastCt", "vehicle_last_ct"),
    DERNIERE_REVISION("derniere_revision", false, "vehicle.lastService", "vehicle_last_service"),
    KILOMETRAGE("kilometrage", false, "vehicle.mileageKm", "vehicle_mileage_km"),
    PRIX("prix", false, "vehicle.price", "vehicle_price"),
    PAIEMENT("paiement", true, "order.paymentMethod", "payment_method"),
    REMISE("remise", true, "order.handoverMode", "handover_mode"),
    APPORT("apport", false, "financing.downPayment", "down_payment"),
    MONTANT_FINANCE("montant_finance", false, "financing.financedAmount", "financed_amount"),
    ORGANISME_CREDIT("organisme_credit", false, "financing.lender", "lender"),
    DATE_CESSION("date_cession", false, "order.handoverAt", "handover_at"),
    CONSEILLER("conseiller", false, "order.advisor", "advisor");

    private final String header;
    private final boolean required;
    private final String field;
    private final String storeColumn;

    CsvColumn(String header, boolean required, String field, String storeColumn) {
        this.header = header;
        this.required = required;
        this.field = field;
        this.storeColumn = storeColumn;
    }

    /** The {@code sales_order} column the value ends up in (its size bounds the cell). */
    public String storeColumn() {
        return storeColumn;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The order field the workflow names in its errors, e.g. "vehicle.vin". */
    public String field() {
        return field;
    }

    public static Optional<CsvColumn> byHeader(String header) {
        String wanted = header.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }

    /** The column a workflow error's field name points at, matching the last segment too ("vin"). */
    public static Optional<CsvColumn> byField(String field) {
        if (field == null) {
            return Optional.empty();
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        return Arrays.stream(values())
                .filter(c -> c.field.equalsIgnoreCase(field) || c.field.substring(c.field.indexOf('.') + 1)
                        .equalsIgnoreCase(last))
                .findFirst();
    }
}
