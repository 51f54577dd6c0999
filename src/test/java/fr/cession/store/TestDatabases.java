package fr.cession.store;

import java.nio.file.Path;
import java.util.UUID;

/** Fresh database files under the build folder ({@code cession.test.dir}, set by surefire). */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("cession.test.dir", "target/test-work")).resolve("store").toAbsolutePath();
    }

    public static Path freshFile() {
        return folder().resolve(UUID.randomUUID() + ".mv.db");
    }

    public static LocalDatabase fresh() {
        return LocalDatabase.open(freshFile());
    }
}
