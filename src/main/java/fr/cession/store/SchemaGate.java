package fr.cession.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a store's schema history before anything writes to it. H2 rewrites a file's header as
 * soon as it is opened for writing, so a store of a newer release (a downgrade) must be recognised
 * through a read-only connection: it is then refused untouched, byte for byte, and the newer
 * release finds it as it left it. The same look says whether any migration is due, so an
 * up-to-date store opens without Flyway looking again.
 */
final class SchemaGate {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaGate.class);
    static final String LOCATION = "classpath:db/local";

    /** What the read-only look found. */
    enum Verdict {
        /** Nothing to migrate: open and go. */
        UP_TO_DATE,
        /** Migrations are due (or the file is new): the opening migrates, copying the store aside first. */
        BEHIND,
        /** Not read (held by another instance, another key...): the opening finds out and says why. */
        UNKNOWN
    }

    private SchemaGate() {
    }

    /**
     * @param settings the store's URL settings, to which read-only access is added
     * @throws LocalDatabaseException when the store was written by a newer release
     */
    static Verdict check(Path dataFile, String base, String settings, String password) {
        JdbcDataSource readOnly = new JdbcDataSource();
        // ACCESS_MODE_DATA=r: H2 opens the file without writing its header back, not even on close.
        readOnly.setURL("jdbc:h2:file:" + base + settings + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE");
        readOnly.setUser("sa");
        readOnly.setPassword(password);
        MigrationInfoService info;
        try {
            info = info(readOnly);
        } catch (RuntimeException e) {
            // Locked, wrong key, not a store: the read-write opening gives the precise French reason.
            LOG.debug("Historique du schéma de {} non lu en lecture seule : {}", dataFile, e.getMessage());
            return Verdict.UNKNOWN;
        }
        refuseIfNewer(info, dataFile);
        return info.pending().length == 0 ? Verdict.UP_TO_DATE : Verdict.BEHIND;
    }

    static MigrationInfoService info(DataSource ds) {
        return flyway(ds).info();
    }

    static Flyway flyway(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations(LOCATION).load();
    }

    /** A history holding a version above every migration this release ships was written by a newer release. */
    static void refuseIfNewer(MigrationInfoService info, Path dataFile) {
        Optional<MigrationInfo> future = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b);
        if (future.isPresent()) {
            throw new LocalDatabaseException("Le fichier de données " + dataFile
                    + " a été mis à jour par une version plus récente de Cession (schéma "
                    + future.get().getVersion() + ", cette version ne connaît que le schéma "
                    + latestKnown(info) + "). Il n'a pas été modifié. Installez la dernière version de l'application.");
        }
    }

    private static String latestKnown(MigrationInfoService info) {
        MigrationInfo current = info.current();
        return Arrays.stream(info.all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                        && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                .reduce((a, b) -> b).map(m -> m.getVersion().toString())
                .orElse(current == null ? "?" : current.getVersion().toString());
    }
}
