package fr.cession.sync.central;

import fr.cession.sync.protocol.CentralPerson;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.util.PSQLException;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The central database's account functions (migration V7), called with the connection's own
 * login: the database decides who may do what from {@code session_user}, this class only passes
 * the request on and turns a refusal into an {@link AccountRefusedException} with its French reason.
 */
public final class CentralAccounts {

    /** The roles a person may hold at the central database. */
    public static final List<String> ROLES = List.of("COMMERCIAL", "ADV", "MANAGER", "ADMINISTRATEUR");

    /** The central database refused the request (not allowed, or bad input); the message says why, in French. */
    public static final class AccountRefusedException extends RuntimeException {
        AccountRefusedException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private static final Field<String> LOGIN = DSL.field(DSL.name("login"), SQLDataType.VARCHAR);
    private static final Field<String> DISPLAY_NAME = DSL.field(DSL.name("display_name"), SQLDataType.VARCHAR);
    private static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.name("organisation_id"), SQLDataType.UUID);
    private static final Field<String> ORGANISATION_NAME = DSL.field(DSL.name("organisation_name"), SQLDataType.VARCHAR);
    private static final Field<String> SITE = DSL.field(DSL.name("site"), SQLDataType.VARCHAR);
    private static final Field<String[]> ROLES_OF = DSL.field(DSL.name("roles"), SQLDataType.VARCHAR.array());
    private static final Field<Boolean> MAIN_ACCOUNT = DSL.field(DSL.name("main_account"), SQLDataType.BOOLEAN);
    private static final Field<Boolean> ACTIVE = DSL.field(DSL.name("active"), SQLDataType.BOOLEAN);

    private final CentralDatabase central;

    public CentralAccounts(CentralDatabase central) {
        this.central = central;
    }

    /** The person behind this connection's login; empty for a login that is not a person's (the administrator). */
    public Optional<CentralPerson> whoAmI() {
        return call(() -> central.dsl().select(LOGIN, DISPLAY_NAME, ORGANISATION_ID, ORGANISATION_NAME, SITE, ROLES_OF,
                MAIN_ACCOUNT, ACTIVE).from(DSL.table("whoami()")).fetchOptional(CentralAccounts::person));
    }

    /** The people of the caller's organisation (all of them for the administrator), by name. */
    public List<CentralPerson> people() {
        return call(() -> central.dsl().select(LOGIN, DISPLAY_NAME, DSL.castNull(UUID.class).as(ORGANISATION_ID),
                DSL.castNull(String.class).as(ORGANISATION_NAME), SITE, ROLES_OF, DSL.inline(false).as(MAIN_ACCOUNT),
                ACTIVE).from(DSL.table("organisation_people()")).fetch(CentralAccounts::person));
    }

    /** A new organisation (the central's administrator only); returns its id. */
    public UUID createOrganisation(String code, String name, String kind) {
        return call(() -> central.dsl().select(DSL.field("account_create_organisation({0}, {1}, {2})", UUID.class,
                DSL.val(code), DSL.val(name), DSL.val(kind))).fetchSingle().value1());
    }

    public void createSite(UUID organisation, String code, String name) {
        run("account_create_site({0}, {1}, {2})", DSL.val(organisation), DSL.val(code), DSL.val(name));
    }

    /** A person's account and their PostgreSQL login, with the password they will log in with. */
    public void createPerson(String login, char[] password, String displayName, UUID organisation, String site,
                             Collection<String> roles, boolean mainAccount) {
        run("account_create_person({0}, {1}, {2}, {3}, {4}, {5}, {6})", DSL.val(login), DSL.val(new String(password)),
                DSL.val(displayName), DSL.val(organisation), DSL.val(site), roles(roles), DSL.val(mainAccount));
    }

    /** The login is refused from now on; the account and what the person did stay. */
    public void disable(String login) {
        run("account_disable_person({0})", DSL.val(login));
    }

    public void resetPassword(String login, char[] password) {
        run("account_reset_password({0}, {1})", DSL.val(login), DSL.val(new String(password)));
    }

    public void setRoles(String login, Collection<String> roles) {
        run("account_set_roles({0}, {1})", DSL.val(login), roles(roles));
    }

    public void moveToSite(String login, String site) {
        run("account_move_person({0}, {1})", DSL.val(login), DSL.val(site));
    }

    private static Field<String[]> roles(Collection<String> roles) {
        return DSL.val(roles.toArray(String[]::new), SQLDataType.VARCHAR.array());
    }

    private void run(String call, org.jooq.QueryPart... args) {
        call(() -> {
            DSLContext dsl = central.dsl();
            dsl.select(DSL.field(call, Object.class, args)).fetch();
            return null;
        });
    }

    private static CentralPerson person(Record r) {
        String[] roles = r.get(ROLES_OF);
        return new CentralPerson(r.get(LOGIN), r.get(DISPLAY_NAME), r.get(ORGANISATION_ID), r.get(ORGANISATION_NAME),
                r.get(SITE), roles == null ? List.of() : Arrays.asList(roles), Boolean.TRUE.equals(r.get(MAIN_ACCOUNT)),
                Boolean.TRUE.equals(r.get(ACTIVE)));
    }

    private static <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (DataAccessException e) {
            PSQLException pg = e.getCause(PSQLException.class);
            String state = pg == null ? null : pg.getSQLState();
            if (("42501".equals(state) || "22023".equals(state)) && pg.getServerErrorMessage() != null) {
                throw new AccountRefusedException(pg.getServerErrorMessage().getMessage(), e);
            }
            throw e;
        }
    }
}
