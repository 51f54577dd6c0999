package fr.cession.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import static fr.cession.store.schema.Tables.STORE_HOUSEKEEPING;

/**
 * The desktop's own H2 file database: opened (and created) at a path, migrated to the schema
 * this version knows, and handed out as a jOOQ context. One instance per running application.
 */
public final class LocalDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalDatabase.class);
    static final String H2_SUFFIX = ".mv.db";
    // PostgreSQL mode so the SQL and generated code match the central database; no automatic
    // server so a second instance on the same file fails clearly instead of sharing it.
    private static final String SETTINGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;CACHE_SIZE=65536";
    private static final int MAX_CONNECTIONS = 4;
    /** Growth beyond twice the compacted size that is let be: compacting takes seconds, not worth it for less. */
    static final long COMPACT_SLACK_BYTES = 16L * 1024 * 1024;

    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final int migrationsApplied;
    private final long compactSlack;

    private LocalDatabase(Path file, JdbcConnectionPool pool, int migrationsApplied, long compactSlack) {
        this.file = file;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.migrationsApplied = migrationsApplied;
        this.compactSlack = compactSlack;
    }

    /**
     * Opens the database file, creating it and its folder when missing, and brings its schema up
     * to date.
     *
     * @param file the data file ({@code something.mv.db}; the suffix is added when missing)
     * @throws LocalDatabaseException when the file is used by another running instance, or was
     *                                written by a newer version of the application
     */
    public static LocalDatabase open(Path file) {
        return open(file, null, COMPACT_SLACK_BYTES);
    }

    /**
     * Opens the store encrypted with {@code key} (see {@link StoreKey}); a store found in clear is
     * encrypted first, in place.
     *
     * @throws LocalDatabaseException also when the key is not the store's (another person's, or a changed password)
     */
    public static LocalDatabase open(Path file, StoreKey key) {
        return open(file, key, COMPACT_SLACK_BYTES);
    }

    /** @param compactSlack growth past twice the compacted size that closing leaves alone (tests: 0) */
    static LocalDatabase open(Path file, long compactSlack) {
        return open(file, null, compactSlack);
    }

    private static LocalDatabase open(Path file, StoreKey key, long compactSlack) {
        Path dataFile = file.toAbsolutePath().normalize();
        if (!dataFile.getFileName().toString().endsWith(H2_SUFFIX)) {
            dataFile = dataFile.resolveSibling(dataFile.getFileName() + H2_SUFFIX);
        }
        createFolder(dataFile.getParent());
        String base = dataFile.toString().substring(0, dataFile.toString().length() - H2_SUFFIX.length());
        SchemaGate.Verdict verdict = SchemaGate.Verdict.BEHIND;
        if (Files.isRegularFile(dataFile)) {
            // Before anything writes to it, the newer release's store included (its encryption too).
            boolean clear = StoreEncryption.isClear(dataFile);
            verdict = SchemaGate.check(dataFile, base, SETTINGS + StoreEncryption.urlSettings(clear ? null : key),
                    StoreEncryption.password(clear ? null : key));
        }
        if (key != null && StoreEncryption.isClear(dataFile)) {
            StoreEncryption.encrypt(dataFile, key);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base + SETTINGS
                + StoreEncryption.urlSettings(key), "sa", StoreEncryption.password(key));
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            checkOpenable(pool, dataFile);
            int applied = verdict == SchemaGate.Verdict.UP_TO_DATE ? 0 : migrate(pool, dataFile);
            ownerOnly(dataFile);
            LOG.info("Base locale ouverte : {} ({} migration(s) appliquée(s))", dataFile, applied);
            LocalDatabase db = new LocalDatabase(dataFile, pool, applied, compactSlack);
            db.measureIfCompacted();
            return db;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Whether the store {@code file} (with or without {@code .mv.db}) exists and is encrypted. */
    public static boolean isEncrypted(Path file) {
        Path dataFile = file.toAbsolutePath().normalize();
        if (!dataFile.getFileName().toString().endsWith(H2_SUFFIX)) {
            dataFile = dataFile.resolveSibling(dataFile.getFileName() + H2_SUFFIX);
        }
        return Files.isRegularFile(dataFile) && !StoreEncryption.isClear(dataFile);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Path file() {
        return file;
    }

    /** How many migrations this opening applied (0 when the file was already up to date). */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    @Override
    public void close() {
        compactIfGrown();
        // The last connection closing closes the H2 database and releases the file lock.
        pool.dispose();
        // Compaction writes a new file: it gets the default permissions again.
        ownerOnly(file);
        LOG.info("Base locale fermée : {}", file);
    }

    /**
     * H2 keeps rewritten pages' space for a while and seldom gives it back: bulk writes left the
     * 2,000-order demo at 450 MB for 64 MB of data. Once the file is more than twice its compacted
     * size (plus a slack), closing rewrites it compactly. Nothing is lost: it is H2's own copy.
     */
    private void compactIfGrown() {
        try {
            long size = Files.size(file);
            Long compacted = dsl.select(STORE_HOUSEKEEPING.COMPACTED_BYTES).from(STORE_HOUSEKEEPING).fetchOne(0, Long.class);
            if (compacted == null || size <= 2 * compacted + compactSlack) {
                return;
            }
            dsl.update(STORE_HOUSEKEEPING).set(STORE_HOUSEKEEPING.MEASURE_AT_OPEN, true).execute();
            long start = System.nanoTime();
            shutdownCompact();
            LOG.info("Base locale compactée : {} Mo avant, {} Mo après, en {} ms", size >> 20,
                    Files.size(file) >> 20, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            // The file stays as it is, only larger: not worth stopping the close for.
            LOG.warn("Compactage de la base locale {} impossible : {}", file, e.getMessage());
        }
    }

    private void shutdownCompact() {
        try {
            dsl.execute("SHUTDOWN COMPACT");
        } catch (org.jooq.exception.DataAccessException e) {
            // H2 closes the session running SHUTDOWN and may say so: the compaction itself is done.
            SQLException cause = e.getCause(SQLException.class);
            if (cause == null || cause.getErrorCode() != ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                throw e;
            }
        }
    }

    private void measureIfCompacted() {
        try {
            dsl.update(STORE_HOUSEKEEPING).set(STORE_HOUSEKEEPING.COMPACTED_BYTES, Files.size(file))
                    .set(STORE_HOUSEKEEPING.MEASURE_AT_OPEN, false)
                    .where(STORE_HOUSEKEEPING.MEASURE_AT_OPEN.isTrue()).execute();
        } catch (IOException e) {
            LOG.warn("Taille de la base locale {} illisible : {}", file, e.getMessage());
        }
    }

    /** The database and H2's side files readable by their owner only. */
    private static void ownerOnly(Path dataFile) {
        String base = dataFile.toString().substring(0, dataFile.toString().length() - H2_SUFFIX.length());
        for (String suffix : new String[] {H2_SUFFIX, ".trace.db", ".lock.db"}) {
            try {
                OwnerOnlyFiles.restrict(Path.of(base + suffix));
            } catch (IOException e) {
                LOG.warn("Droits de {} non restreints au propriétaire : {}", base + suffix, e.getMessage());
            }
        }
    }

    private static void createFolder(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                // A folder made for the data is the user's alone; an existing one is left as it is.
                OwnerOnlyFiles.folder(folder);
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LocalDatabaseException("Impossible de créer le dossier des données " + folder + " : "
                    + e.getMessage(), e);
        }
    }

    private static void checkOpenable(JdbcConnectionPool pool, Path dataFile) {
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            if (isLocked(e)) {
                throw new LocalDatabaseException("Le fichier de données " + dataFile
                        + " est déjà ouvert par une autre instance de Cession (sur ce poste ou un autre). "
                        + "Fermez-la puis relancez l'application.", e);
            }
            if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD || e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                throw new StoreKeyMismatchException("La base locale " + dataFile + " ne s'ouvre pas avec cette clé : elle est"
                        + " chiffrée pour une autre personne, ou avec un autre mot de passe.", e);
            }
            throw new LocalDatabaseException("Impossible d'ouvrir le fichier de données " + dataFile + " : "
                    + e.getMessage(), e);
        }
    }

    private static boolean isLocked(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    || s.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1)) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("locked")) {
                return true;
            }
        }
        return false;
    }

    private static int migrate(DataSource ds, Path dataFile) {
        Flyway flyway = SchemaGate.flyway(ds);
        // One look at the schema history serves both checks: scanning it is most of the cost of
        // opening the store on a cold start, and an up-to-date file needs no migrate() at all.
        MigrationInfoService info = flyway.info();
        // Already checked read-only when the file existed; again here for a store the look could not read.
        SchemaGate.refuseIfNewer(info, dataFile);
        if (info.pending().length == 0) {
            return 0;
        }
        if (info.current() != null) {
            // A store that already holds data is copied aside first: an upgrade that fails half-way
            // (or a version that misreads the new schema) must never cost an unsent change.
            StoreBackups.beforeUpgrade(DSL.using(ds, SQLDialect.H2), dataFile, info.current().getVersion().toString(),
                    Clock.systemUTC());
        }
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }
}
