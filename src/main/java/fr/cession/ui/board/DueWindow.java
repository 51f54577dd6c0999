package fr.cession.ui.board;

/** The due-date filter of the board. */
public enum DueWindow {
    TOUTES,
    EN_RETARD,
    AUJOURDHUI,
    SEPT_JOURS
}
