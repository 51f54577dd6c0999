package fr.cession.ui.help;

/**
 * The support text of « Aide → Copier le diagnostic »: the same as the {@code diagnostic} command
 * (version, Java and system, configuration without secrets, store, sync, last problems of the log).
 * Implemented in the composition root; it reads files and the store, so call it off the FX thread.
 */
@FunctionalInterface
public interface Diagnosis {

    /** A desktop built without one (tests of other screens): the menu item is greyed out. */
    Diagnosis NONE = () -> "";

    String report();
}
