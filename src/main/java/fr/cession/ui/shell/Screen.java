package fr.cession.ui.shell;

/** What the main window shows. */
public enum Screen {
    MA_JOURNEE,
    TABLEAU,
    FICHE_COMMANDE,
    NOUVELLE_COMMANDE,
    CONFLITS
}
