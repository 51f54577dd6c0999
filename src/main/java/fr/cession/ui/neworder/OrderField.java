package fr.cession.ui.neworder;

import fr.cession.domain.validation.Field;

/**
 * The typed fields of the new-order form, each checked as the user types. Each is the domain's
 * {@link Field}: its label comes from the same bundle key ({@code enum.Field.<CONSTANT>}) as the
 * field's name in the domain's messages, so the form and its messages say the same words.
 */
public enum OrderField {
    RESERVED_ON(Field.RESERVED_ON, Kind.DATE),
    FIRST_NAME(Field.CUSTOMER_FIRST_NAME, Kind.TEXT),
    LAST_NAME(Field.CUSTOMER_LAST_NAME, Kind.TEXT),
    COMPANY_NAME(Field.COMPANY_NAME, Kind.TEXT),
    SIREN(Field.COMPANY_SIREN, Kind.TEXT),
    COLLECTOR(Field.COLLECTOR, Kind.TEXT),
    CO_HOLDER(Field.CO_HOLDER, Kind.TEXT),
    EMAIL(Field.EMAIL, Kind.TEXT),
    PHONE(Field.PHONE, Kind.TEXT),
    ADDRESS(Field.ADDRESS, Kind.TEXT),
    VIN(Field.VIN, Kind.TEXT),
    PLATE(Field.PLATE, Kind.TEXT),
    MAKE(Field.MAKE, Kind.TEXT),
    MODEL(Field.MODEL, Kind.TEXT),
    FIRST_REGISTRATION(Field.FIRST_REGISTRATION, Kind.DATE),
    LAST_CT(Field.LAST_CT, Kind.DATE),
    LAST_SERVICE(Field.LAST_SERVICE, Kind.DATE),
    MILEAGE(Field.MILEAGE, Kind.TEXT),
    PRICE(Field.PRICE, Kind.AMOUNT),
    RESERVATION_FEE(Field.RESERVATION_FEE, Kind.AMOUNT),
    DOWN_PAYMENT(Field.DOWN_PAYMENT, Kind.AMOUNT),
    FINANCED_AMOUNT(Field.FINANCED_AMOUNT, Kind.AMOUNT),
    HANDOVER_DATE(Field.HANDOVER_AT, Kind.DATE),
    HANDOVER_TIME(Field.HANDOVER_TIME, Kind.TEXT);

    /** How the typed text is read. */
    public enum Kind { TEXT, DATE, AMOUNT }

    private final Field field;
    private final Kind kind;

    OrderField(Field field, Kind kind) {
        this.field = field;
        this.kind = kind;
    }

    /** The domain's field; for a company buyer the last name is the manager's, see {@link NewOrderViewModel#fieldOf}. */
    public Field field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }
}
