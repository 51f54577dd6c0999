package fr.cession.sync;

import fr.cession.sync.central.CentralDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/** Builds the central database handle from the configuration. */
public final class CentralConnection {

    private CentralConnection() {
    }

    public static CentralDatabase open(SyncConfig config) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(config.url());
        ds.setUser(config.user());
        ds.setPassword(config.password());
        ds.setConnectTimeout(5);
        ds.setSocketTimeout(60);
        ds.setApplicationName("cession-" + config.site());
        return new CentralDatabase(ds);
    }
}
