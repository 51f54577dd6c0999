package fr.cession.ui.login;

import fr.cession.ui.DesktopDependencies;

/** Opens the logged-in person's own store and sync; what it returns is closed when the desktop closes. */
@FunctionalInterface
public interface DesktopOpener {

    OpenedDesktop open();

    /** The screens' dependencies, and what to close with the window (the store, the sync). */
    record OpenedDesktop(DesktopDependencies dependencies, AutoCloseable session) {
    }
}
