package fr.cession.ui.shell;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's placement survives a restart; nothing stored means "open on the screen's usable area". */
class PreferencesPlacementStoreTest {

    @Test
    void savesAndReadsBackThePlacement() {
        MemoryPreferences node = new MemoryPreferences();
        PreferencesPlacementStore store = new PreferencesPlacementStore(node);
        assertThat(store.load()).isEmpty();
        store.save(new WindowPlacement(10, 20, 1200, 700, true));
        assertThat(new PreferencesPlacementStore(node).load()).contains(new WindowPlacement(10, 20, 1200, 700, true));
    }

    @Test
    void aDamagedPlacementIsIgnored() {
        MemoryPreferences node = new MemoryPreferences();
        node.put("width", "large");
        node.put("height", "700");
        assertThat(new PreferencesPlacementStore(node).load()).isEmpty();
    }

    /** Preferences in memory, so the test never writes into the user's own preferences. */
    static final class MemoryPreferences extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();

        MemoryPreferences() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException(name);
        }

        @Override
        protected void syncSpi() {
            // nothing on disk
        }

        @Override
        protected void flushSpi() {
            // nothing on disk
        }
    }
}
