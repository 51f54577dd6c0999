package fr.cession.domain.contact;

/**
 * What a contact report is about: the customer as a whole (their situation, seed 002 §1) or this
 * order. Both are carried by an order, so they travel with its synchronisation.
 */
public enum ContactSubject {
    CLIENT,
    COMMANDE
}
