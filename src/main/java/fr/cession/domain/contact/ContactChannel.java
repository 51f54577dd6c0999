package fr.cession.domain.contact;

/** How the advisor and the customer were in touch (seed 002: calls, visits, e-mails, messages). */
public enum ContactChannel {
    APPEL,
    VISITE,
    EMAIL,
    MESSAGE
}
