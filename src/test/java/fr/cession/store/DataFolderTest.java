package fr.cession.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/camille");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataFolder.folderFor("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME))
                .isEqualTo(Path.of("/data/xdg/cession"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataFolder.folderFor("Linux", Map.of(), HOME)).isEqualTo(HOME.resolve(".local/share/cession"));
        assertThat(DataFolder.folderFor("Linux", Map.of("XDG_DATA_HOME", "relatif"), HOME))
                .isEqualTo(HOME.resolve(".local/share/cession"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertThat(DataFolder.folderFor("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/camille/AppData/Local"), HOME))
                .isEqualTo(Path.of("/c/Users/camille/AppData/Local/Cession"));
        assertThat(DataFolder.folderFor("Windows 11", Map.of(), HOME))
                .isEqualTo(HOME.resolve("AppData/Local/Cession"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.folderFor("Mac OS X", Map.of(), HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Cession"));
    }

    @Test
    void theDefaultFileIsNeverInTheWorkingDirectoryOrBareHome() {
        Path file = DataFolder.defaultDatabaseFile();
        assertThat(file).isAbsolute();
        assertThat(file.getFileName().toString()).isEqualTo("cession.mv.db");
        assertThat(file.getParent()).isNotEqualTo(Path.of(System.getProperty("user.home")));
        assertThat(file.getParent()).isNotEqualTo(Path.of("").toAbsolutePath());
    }
}
