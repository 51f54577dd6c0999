package fr.cession.ui.login;

import fr.cession.ui.help.Diagnosis;
import fr.cession.ui.wiring.DesktopDependencies;

/** Opens the logged-in person's own store and sync; what it returns is closed when the desktop closes. */
@FunctionalInterface
public interface DesktopOpener {

    OpenedDesktop open();

    /**
     * The screens' dependencies, what to close with the window (the store, the sync), and the
     * support text of « Aide → Copier le diagnostic » over that same store.
     */
    record OpenedDesktop(DesktopDependencies dependencies, AutoCloseable session, Diagnosis diagnosis) {

        public OpenedDesktop {
            diagnosis = diagnosis == null ? Diagnosis.NONE : diagnosis;
        }

        /** A desktop without a diagnostic (tests of the login). */
        public OpenedDesktop(DesktopDependencies dependencies, AutoCloseable session) {
            this(dependencies, session, Diagnosis.NONE);
        }
    }
}
