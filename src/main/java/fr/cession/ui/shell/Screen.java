package fr.cession.ui.shell;

/** What the main window shows. */
public enum Screen {
    MA_JOURNEE,
    TABLEAU,
    FICHE_COMMANDE,
    NOUVELLE_COMMANDE,
    CONFLITS,
    /** The manager's inbox of requests (Ctrl+3). */
    A_VALIDER,
    /** The organisation's accounts and their journal (Ctrl+5), at the central database. */
    COMPTES,
    /** Hand-overs and deliveries on a calendar (Ctrl+6). */
    AGENDA,
    /** The manager's figures of a period, and the orders behind each (Ctrl+7). */
    TABLEAU_DE_BORD
}
