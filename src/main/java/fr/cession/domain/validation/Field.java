package fr.cession.domain.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of an order a person fills, each with its path (what {@link FieldError#field()}
 * names) and its French label. A refusal names its field by this constant, so the screens put
 * the same words in the message as on the control ({@code enum.Field.<CONSTANT>} in the bundles).
 */
public enum Field {
    CUSTOMER_FIRST_NAME("customer.firstName", "Prénom"),
    CUSTOMER_LAST_NAME("customer.lastName", "Nom"),
    MANAGER_LAST_NAME("customer.lastName", "Nom du gérant"),
    COMPANY_NAME("customer.companyName", "Raison sociale"),
    COMPANY_SIREN("customer.companySiren", "SIREN"),
    EMAIL("customer.email", "E-mail"),
    PHONE("customer.phone", "Téléphone"),
    ADDRESS("customer.address", "Adresse"),
    CG_HOLDING("customer.cgHolding", "Titulaire de la CG"),
    CO_HOLDER("customer.coHolderName", "Cotitulaire de la CG"),
    COLLECTOR("customer.collectorName", "Personne qui récupère le véhicule"),
    VIN("vehicle.vin", "VIN"),
    PLATE("vehicle.plate", "Immatriculation"),
    MAKE("vehicle.make", "Marque"),
    MODEL("vehicle.model", "Modèle"),
    FIRST_REGISTRATION("vehicle.firstRegistration", "Date de 1re immatriculation"),
    LAST_CT("vehicle.lastCt", "Date du dernier CT"),
    LAST_SERVICE("vehicle.lastService", "Date de la dernière révision"),
    MILEAGE("vehicle.mileageKm", "Kilométrage"),
    PRICE("vehicle.price", "Prix"),
    RESERVED_ON("reservedOn", "Date de réservation"),
    RESERVATION_FEE("reservationFee", "Frais de réservation"),
    DOWN_PAYMENT("financing.downPayment", "Apport"),
    FINANCED_AMOUNT("financing.financedAmount", "Montant financé"),
    LENDER("financing.lender", "Organisme de crédit"),
    HANDOVER_AT("handoverAt", "Date de cession"),
    HANDOVER_TIME("handoverTime", "Heure de cession"),
    ADVISOR("advisor", "Commercial"),
    IBAN("iban", "IBAN");

    private final String path;
    private final String label;

    Field(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    /** The French label, as the domain's French messages say it. */
    public String label() {
        return label;
    }

    /** The first field with this path. */
    public static Optional<Field> ofPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
