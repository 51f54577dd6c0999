package fr.cession.ui.shell;

/**
 * Demo data the desktop may offer on first start, when the local database is empty and no
 * central database is configured. Both methods may be slow: the screens call them off the FX thread.
 */
public interface DemoDataOffer {

    boolean applies();

    /** Loads the demo orders into the local database. */
    void load();

    DemoDataOffer NONE = new DemoDataOffer() {
        @Override
        public boolean applies() {
            return false;
        }

        @Override
        public void load() {
            // nothing to load
        }
    };
}
