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

    /**
     * Brings the central schema up to date. Run by the central's administrator (a superuser, or a
     * login allowed to create roles that then owns the schema through {@code cession_owner}), never
     * by a person's login: a desktop's credentials must not be able to change the schema.
     *
     * @throws InstallRefusedException when the connection is a person's
     */
    public void migrate() {
        String person = dsl.resultQuery("select u.rolname::text from pg_catalog.pg_auth_members m"
                + " join pg_catalog.pg_roles g on g.oid = m.roleid join pg_catalog.pg_roles u on u.oid = m.member"
                + " where g.rolname = 'cession_person' and u.rolname = session_user").fetchOne(0, String.class);
        if (person != null) {
            throw new InstallRefusedException("Installation refusée : « " + person + " » est le compte d'une personne."
                    + " Le schéma de la base centrale s'installe et se met à jour avec le compte de son administrateur.");
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/central")
                .table("central_schema_history").load().migrate();
    }

    /** The schema is installed by the central's administrator only. */
    public static final class InstallRefusedException extends RuntimeException {
        InstallRefusedException(String reason) {
            super(reason);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
