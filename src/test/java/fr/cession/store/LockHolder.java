package fr.cession.store;

import java.nio.file.Path;

/** Run in a second JVM by {@link LocalDatabaseTest}: holds a database open until its input closes. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (LocalDatabase db = LocalDatabase.open(Path.of(args[0]))) {
            System.out.println("OUVERT " + db.file());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait until the test closes our input
            }
        }
    }
}
