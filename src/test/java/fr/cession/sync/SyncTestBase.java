package fr.cession.sync;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A fresh central database and a folder for desktop files per test. */
abstract class SyncTestBase {

    protected final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    protected DataSource centralDs;
    protected CentralView central;
    protected Path dir;
    private final List<Desktop> desktops = new ArrayList<>();

    @BeforeEach
    void setUpCentral() throws Exception {
        centralDs = CentralPg.newDatabase();
        central = new CentralView(centralDs);
        dir = Files.createDirectories(Path.of("target", "sync-test", getClass().getSimpleName()));
    }

    @AfterEach
    void closeDesktops() {
        desktops.forEach(Desktop::close);
    }

    protected Desktop desktop(String site) {
        return desktop(site, centralDs);
    }

    protected Desktop desktop(String site, DataSource ds) {
        return desktop(site, ds, clock);
    }

    protected Desktop desktop(String site, DataSource ds, java.time.Clock ownClock) {
        Desktop d = new Desktop(site, dir, ds, ownClock);
        desktops.add(d);
        return d;
    }
}
