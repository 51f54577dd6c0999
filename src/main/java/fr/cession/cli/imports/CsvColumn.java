package fr.cession.cli.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the back office's CSV export, by header name (case and accents as written
 * here; the header is matched ignoring case). The order of the columns in the file is free.
 */
public enum CsvColumn {
    NUMERO("numero", true, "order.number"),
    DATE_RESERVATION("date_reservation", true, "order.reservedOn"),
    FRAIS_RESERVATION("frais_reservation", true, "order.reservationFee"),
    TYPE_CLIENT("type_client", false, "customer.kind"),
    PRENOM("prenom", false, "customer.firstName"),
    NOM("nom", false, "customer.lastName"),
    SOCIETE("societe", false, "customer.companyName"),
    SIREN("siren", false, "customer.companySiren"),
    EMAIL("email", false, "customer.email"),
    TELEPHONE("telephone", false, "customer.phone"),
    ADRESSE("adresse", false, "customer.address"),
    TITULAIRE_CG("titulaire_cg", false, "customer.cgHolding"),
    COTITULAIRE("cotitulaire", false, "customer.coHolderName"),
    VIN("vin", false, "vehicle.vin"),
    IMMATRICULATION("immatriculation", false, "vehicle.plate"),
    MARQUE("marque", false, "vehicle.make"),
    MODELE("modele", false, "vehicle.model"),
    MISE_EN_CIRCULATION("mise_en_circulation", false, "vehicle.firstRegistration"),
    DERNIER_CT("dernier_ct", false, "vehicle.lastCt"),
    DERNIERE_REVISION("derniere_revision", false, "vehicle.lastService"),
    KILOMETRAGE("kilometrage", false, "vehicle.mileageKm"),
    PRIX("prix", false, "vehicle.price"),
    PAIEMENT("paiement", true, "order.paymentMethod"),
    REMISE("remise", true, "order.handoverMode"),
    APPORT("apport", false, "financing.downPayment"),
    MONTANT_FINANCE("montant_finance", false, "financing.financedAmount"),
    ORGANISME_CREDIT("organisme_credit", false, "financing.lender"),
    DATE_CESSION("date_cession", false, "order.handoverAt"),
    CONSEILLER("conseiller", false, "order.advisor");

    private final String header;
    private final boolean required;
    private final String field;

    CsvColumn(String header, boolean required, String field) {
        this.header = header;
        this.required = required;
        this.field = field;
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
