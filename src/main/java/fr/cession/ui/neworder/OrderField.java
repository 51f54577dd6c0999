package fr.cession.ui.neworder;

/** The text fields of the new-order form, each checked as the user types. */
public enum OrderField {
    FIRST_NAME,
    LAST_NAME,
    COMPANY_NAME,
    SIREN,
    EMAIL,
    PHONE,
    ADDRESS,
    VIN,
    PLATE,
    MAKE,
    MODEL,
    PRICE,
    RESERVATION_FEE,
    DOWN_PAYMENT,
    FINANCED_AMOUNT
}
