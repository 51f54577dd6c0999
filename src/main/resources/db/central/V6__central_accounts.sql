-- People and their accounts. Identity at the central database is the authenticated PostgreSQL
-- login (session_user): one LOGIN role per person, member of the NOLOGIN group cession_person.
-- Everything belongs to the NOLOGIN role cession_owner (afterMigrate.sql hands it over), so no
-- desktop login owns, drops or alters a table. Neither role is a superuser or bypasses RLS.
-- Roles are cluster-wide: a second database of the same server finds them already there.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cession_owner') THEN
        -- CREATEROLE: the account functions (security definer, owned by it) create the persons' logins.
        CREATE ROLE cession_owner NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT CREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cession_person') THEN
        CREATE ROLE cession_person NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB;
    END IF;
    -- The administrator who migrates holds the owner's rights (and can hand objects over to it).
    -- PostgreSQL 16+ gives a role's creator only the ADMIN option: ask for the rights themselves.
    IF NOT pg_has_role(current_user, 'cession_owner', 'USAGE') THEN
        IF current_setting('server_version_num')::int >= 160000 THEN
            EXECUTE format('GRANT cession_owner TO %I WITH INHERIT TRUE, SET TRUE', current_user);
        ELSE
            EXECUTE format('GRANT cession_owner TO %I', current_user);
        END IF;
    END IF;
END $$;
-- The owner adds each new login to the group (PostgreSQL 16+ asks for the ADMIN option).
GRANT cession_person TO cession_owner WITH ADMIN OPTION;

-- The retailer and its partner sellers; each has its sites and its people.
CREATE TABLE organisation (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(160) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT uq_organisation_code UNIQUE (code),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('DISTRIBUTEUR', 'VENDEUR_PARTENAIRE'))
);

-- code is the site name orders carry (sales_order.owning_site, modified_site).
CREATE TABLE site (
    code            VARCHAR(40)  PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    name            VARCHAR(160) NOT NULL,
    CONSTRAINT uq_site_organisation UNIQUE (code, organisation_id)
);

-- login is the PostgreSQL role name. The main account answers for its organisation's people.
CREATE TABLE person (
    login           VARCHAR(63)  PRIMARY KEY,
    display_name    VARCHAR(160) NOT NULL,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    site_code       VARCHAR(40)  NOT NULL,
    roles           TEXT[]       NOT NULL,
    main_account    BOOLEAN      NOT NULL DEFAULT FALSE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by      VARCHAR(63)  NOT NULL DEFAULT session_user,
    CONSTRAINT fk_person_site FOREIGN KEY (site_code, organisation_id) REFERENCES site (code, organisation_id),
    CONSTRAINT ck_person_roles CHECK (cardinality(roles) >= 1
        AND roles <@ ARRAY['COMMERCIAL', 'ADV', 'MANAGER', 'ADMINISTRATEUR']::TEXT[])
);
CREATE UNIQUE INDEX ux_person_main_account ON person (organisation_id) WHERE main_account;

-- Every account action, on the central clock, by the login that did it. Never rewritten.
CREATE TABLE account_event (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    actor           VARCHAR(63)   NOT NULL DEFAULT session_user,
    action          VARCHAR(30)   NOT NULL,
    organisation_id UUID,
    target          VARCHAR(63),
    detail          VARCHAR(1000),
    CONSTRAINT ck_account_event_action CHECK (action IN ('ORGANISATION_CREEE', 'SITE_CREE', 'COMPTE_CREE',
        'COMPTE_DESACTIVE', 'MOT_DE_PASSE_CHANGE', 'ROLES_CHANGES', 'SITE_CHANGE'))
);
CREATE INDEX ix_account_event_organisation ON account_event (organisation_id, at);

CREATE FUNCTION account_event_stamp() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- who and when come from the connection and the central clock, never from the caller
        NEW.at := now();
        NEW.actor := session_user;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = 'Le journal des comptes ne se modifie pas et ne s''efface pas : il garde chaque action telle qu''elle a eu lieu.';
END $$;
CREATE TRIGGER tr_account_event_append_only BEFORE INSERT OR UPDATE OR DELETE ON account_event
    FOR EACH ROW EXECUTE FUNCTION account_event_stamp();
CREATE TRIGGER tr_account_event_no_truncate BEFORE TRUNCATE ON account_event
    FOR EACH STATEMENT EXECUTE FUNCTION account_event_stamp();

-- The central's administrator: a superuser or a login holding the owner role's rights (whoever
-- installs the schema). A person's login is neither: the account functions only add it to cession_person.
CREATE FUNCTION cession_is_admin() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false)
        OR pg_has_role(session_user, 'cession_owner', 'USAGE')
$$;

-- The active person behind this connection, or NULL. session_user cannot be changed by SET ROLE.
CREATE FUNCTION cession_session_person() RETURNS person LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT p.* FROM public.person p WHERE p.login = session_user AND p.active
$$;

CREATE FUNCTION cession_organisation() RETURNS UUID LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT p.organisation_id FROM public.person p WHERE p.login = session_user AND p.active
$$;

CREATE FUNCTION whoami() RETURNS TABLE (login VARCHAR, display_name VARCHAR, organisation_id UUID,
                                        organisation_name VARCHAR, site VARCHAR, roles TEXT[],
                                        main_account BOOLEAN, active BOOLEAN)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT p.login, p.display_name, p.organisation_id, o.name, p.site_code, p.roles, p.main_account, p.active
    FROM public.person p JOIN public.organisation o ON o.id = p.organisation_id
    WHERE p.login = session_user
$$;

-- The people of the caller's organisation (assignees, cheque handlers), without anything secret.
CREATE FUNCTION organisation_people() RETURNS TABLE (login VARCHAR, display_name VARCHAR, site VARCHAR,
                                                     roles TEXT[], active BOOLEAN)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT p.login, p.display_name, p.site_code, p.roles, p.active FROM public.person p
    WHERE p.organisation_id = public.cession_organisation() OR public.cession_is_admin()
    ORDER BY p.display_name
$$;
