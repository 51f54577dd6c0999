package fr.cession.domain.activity;

/** What is stored. Whether an open activity is late is computed, see {@link ActivityTiming}. */
public enum ActivityState {
    OUVERTE,
    FAITE,
    ANNULEE
}
