package fr.cession.ui.board;

/** One column per activity type, or one per order stage. */
public enum BoardGrouping {
    TYPE_ACTIVITE,
    ETAPE_COMMANDE
}
