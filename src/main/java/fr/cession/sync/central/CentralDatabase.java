package fr.cession.sync.central;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import javax.sql.DataSource;

/** The central PostgreSQL database: its connection source, its jOOQ context and its migrations. */
public final class CentralDatabase {

    private final DataSource dataSource;
    private final DSLContext dsl;

    public CentralDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /** Brings the central schema up to date (run by the central's administrator or on first use). */
    public void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/central")
                .table("central_schema_history").load().migrate();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
