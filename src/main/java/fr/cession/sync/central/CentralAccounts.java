package fr.cession.sync.central;

import fr.cession.sync.protocol.CentralPerson;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.util.PSQLException;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.SALES_ORDER;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.OffsetDateTime;
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
    public static final List<String> ROLES = List.of("COMMERCIAL", "ADV", "MANAGER", "ADMINISTRATEUR",
            "RESPONSABLE_CHEQUES");

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

    private static final Field<OffsetDateTime> AT = DSL.field(DSL.name("at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<String> ACTOR = DSL.field(DSL.name("actor"), SQLDataType.VARCHAR);
    private static final Field<String> ACTION = DSL.field(DSL.name("action"), SQLDataType.VARCHAR);
    private static final Field<String> TARGET = DSL.field(DSL.name("target"), SQLDataType.VARCHAR);
    private static final Field<String> DETAIL = DSL.field(DSL.name("detail"), SQLDataType.VARCHAR);
    private static final Logger LOG = LoggerFactory.getLogger(CentralAccounts.class);

    /** One line of the audit trail: who ({@code actor}, a login) did what, on whom ({@code target}). */
    public record AccountEvent(Instant at, String actor, String action, String target, String detail) {
    }

    /** An open activity of someone, to reassign. */
    public record AssignedActivity(String orderNumber, String title, Instant dueAt) {
    }

    /** A site of an organisation: {@code code} is what people and orders carry. */
    public record Site(String code, String name) {
    }

    private final CentralDatabase central;

    public CentralAccounts(CentralDatabase central) {
        this.central = central;
    }

    /** The person behind this connection's login; empty for a login that is not a person's (the administrator). */
    public Optional<CentralPerson> whoAmI() {
        return call(() -> central.dsl().select(LOGIN, DISPLAY_NAME, ORGANISATION_ID, ORGANISATION_NAME, SITE, ROLES_OF,
                MAIN_ACCOUNT, ACTIVE).from(DSL.table("whoami()")).fetchOptional(CentralAccounts::person));
    }

    /**
     * Writes the caller's login into the audit trail. A central database not yet migrated to the
     * trail (V11) does not stop anyone from working: the login is only left out of it.
     */
    public void recordLogin() {
        try {
            run("account_log_in()");
        } catch (DataAccessException e) {
            PSQLException pg = e.getCause(PSQLException.class);
            if (pg == null || !"42883".equals(pg.getSQLState())) {
                throw e;
            }
            LOG.warn("Base centrale sans journal des connexions (migration V11 à passer) : connexion non journalisée");
        }
    }

    /** The audit trail since {@code since} (null: all of it), oldest first: a manager's or the main account's own organisation. */
    public List<AccountEvent> journal(Instant since) {
        return call(() -> central.dsl().select(AT, ACTOR, ACTION, TARGET, DETAIL)
                .from(DSL.table("account_journal({0})", DSL.val(since == null ? null
                        : since.atOffset(java.time.ZoneOffset.UTC), SQLDataType.TIMESTAMPWITHTIMEZONE)))
                .fetch(r -> new AccountEvent(r.get(AT).toInstant(), r.get(ACTOR), r.get(ACTION), r.get(TARGET),
                        r.get(DETAIL))));
    }

    /**
     * The open activities a person is in charge of (theirs by name, or an advisor's unassigned ones
     * on their orders): what to hand to someone else once they are disabled. Row-level security
     * keeps it to the caller's organisation.
     */
    public List<AssignedActivity> openActivitiesOf(String login) {
        return call(() -> central.dsl().select(SALES_ORDER.NUMBER, ACTIVITY.TITLE, ACTIVITY.DUE_AT)
                .from(ACTIVITY).join(SALES_ORDER).on(SALES_ORDER.ID.eq(ACTIVITY.ORDER_ID))
                .where(ACTIVITY.STATE.eq("OUVERTE")).and(ACTIVITY.DELETED.isFalse()).and(SALES_ORDER.DELETED.isFalse())
                .and(ACTIVITY.ASSIGNEE.eq(login).or(ACTIVITY.ASSIGNEE.isNull().and(ACTIVITY.ROLE.eq("COMMERCIAL"))
                        .and(SALES_ORDER.ADVISOR.eq(login))))
                .orderBy(ACTIVITY.DUE_AT, SALES_ORDER.NUMBER)
                .fetch(r -> new AssignedActivity(r.value1(), r.value2(), r.value3().toInstant())));
    }

    /** The people of the caller's organisation (all of them for the administrator), by name. */
    public List<CentralPerson> people() {
        return call(() -> central.dsl().select(LOGIN, DISPLAY_NAME, DSL.castNull(UUID.class).as(ORGANISATION_ID),
                DSL.castNull(String.class).as(ORGANISATION_NAME), SITE, ROLES_OF, DSL.inline(false).as(MAIN_ACCOUNT),
                ACTIVE).from(DSL.table("organisation_people()")).fetch(CentralAccounts::person));
    }

    /**
     * The sites of the caller's organisation (all of them for the administrator), by code: where a
     * person can be created or moved. Row-level security keeps it to the caller's organisation.
     */
    public List<Site> sites() {
        Field<String> code = DSL.field(DSL.name("code"), SQLDataType.VARCHAR);
        Field<String> name = DSL.field(DSL.name("name"), SQLDataType.VARCHAR);
        return call(() -> central.dsl().select(code, name).from(DSL.table(DSL.name("site"))).orderBy(code)
                .fetch(r -> new Site(r.value1(), r.value2())));
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
