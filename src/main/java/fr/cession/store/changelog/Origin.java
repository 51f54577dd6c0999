package fr.cession.store.changelog;

/** Where a change in the log was made: on this desktop, or elsewhere and pulled from the central database. */
public enum Origin {
    LOCAL,
    DISTANT
}
