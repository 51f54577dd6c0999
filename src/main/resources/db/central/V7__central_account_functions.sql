-- Account administration, only through these functions: they run as the owner (security
-- definer, search_path pinned) and decide from session_user who is asking. The central's
-- administrator may do everything; an organisation's main account or an ADMINISTRATEUR acts on
-- the people of their own organisation only. Each action is written to account_event.
-- Refusals raise 42501 (not allowed) or 22023 (bad input), with a French message.

CREATE FUNCTION account_require_manager_of(p_organisation UUID) RETURNS VOID LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me public.person;
BEGIN
    IF public.cession_is_admin() THEN
        RETURN;
    END IF;
    me := public.cession_session_person();
    IF me.login IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Compte « %s » inconnu ou désactivé sur la base centrale : gestion des comptes refusée.', session_user);
    END IF;
    IF me.organisation_id IS DISTINCT FROM p_organisation THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Compte « %s » : on ne gère que les comptes de sa propre organisation.', me.login);
    END IF;
    IF NOT (me.main_account OR 'ADMINISTRATEUR' = ANY (me.roles)) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Compte « %s » : seuls le compte principal de l''organisation et un administrateur gèrent les comptes.', me.login);
    END IF;
END $$;

-- The person a manager of accounts acts on; a main account is changed only by the central's
-- administrator (or, for its own password, by itself).
CREATE FUNCTION account_target(p_login TEXT) RETURNS person LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target public.person;
BEGIN
    SELECT * INTO target FROM public.person WHERE login = p_login;
    IF target.login IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('Compte « %s » inconnu.', p_login);
    END IF;
    PERFORM public.account_require_manager_of(target.organisation_id);
    IF target.main_account AND NOT public.cession_is_admin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Compte « %s » : le compte principal de l''organisation ne se modifie que par l''administrateur de la base centrale.', p_login);
    END IF;
    RETURN target;
END $$;

CREATE FUNCTION account_check_password(p_password TEXT) RETURNS VOID LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_password IS NULL OR length(p_password) < 12 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Mot de passe : 12 caractères au moins.';
    END IF;
END $$;

CREATE FUNCTION account_check_roles(p_roles TEXT[]) RETURNS VOID LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_roles IS NULL OR cardinality(p_roles) = 0
        OR NOT p_roles <@ ARRAY['COMMERCIAL', 'ADV', 'MANAGER', 'ADMINISTRATEUR']::TEXT[] THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('Rôles : un ou plusieurs parmi COMMERCIAL, ADV, MANAGER, ADMINISTRATEUR (reçu : %s).',
                coalesce(array_to_string(p_roles, ', '), 'aucun'));
    END IF;
END $$;

CREATE FUNCTION account_check_site(p_organisation UUID, p_site TEXT) RETURNS VOID LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.site WHERE code = p_site AND organisation_id = p_organisation) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('Site « %s » : inconnu dans cette organisation.', coalesce(p_site, ''));
    END IF;
END $$;

CREATE FUNCTION account_create_organisation(p_code TEXT, p_name TEXT, p_kind TEXT) RETURNS UUID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id UUID;
BEGIN
    IF NOT public.cession_is_admin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Seul l''administrateur de la base centrale crée une organisation.';
    END IF;
    IF p_code IS NULL OR btrim(p_code) = '' OR p_name IS NULL OR btrim(p_name) = '' THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Organisation : code et nom obligatoires.';
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('DISTRIBUTEUR', 'VENDEUR_PARTENAIRE') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('Organisation : type DISTRIBUTEUR ou VENDEUR_PARTENAIRE (reçu : %s).', coalesce(p_kind, 'aucun'));
    END IF;
    IF EXISTS (SELECT 1 FROM public.organisation WHERE code = p_code) THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('Organisation : le code « %s » existe déjà.', p_code);
    END IF;
    INSERT INTO public.organisation (code, name, kind) VALUES (p_code, p_name, p_kind) RETURNING id INTO new_id;
    INSERT INTO public.account_event (action, organisation_id, detail)
    VALUES ('ORGANISATION_CREEE', new_id, p_code || ' — ' || p_name);
    RETURN new_id;
END $$;

CREATE FUNCTION account_create_site(p_organisation UUID, p_code TEXT, p_name TEXT) RETURNS VOID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM public.account_require_manager_of(p_organisation);
    IF p_code IS NULL OR btrim(p_code) = '' OR p_name IS NULL OR btrim(p_name) = '' THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Site : code et nom obligatoires.';
    END IF;
    IF EXISTS (SELECT 1 FROM public.site WHERE code = p_code) THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('Site : le code « %s » existe déjà.', p_code);
    END IF;
    INSERT INTO public.site (code, organisation_id, name) VALUES (p_code, p_organisation, p_name);
    INSERT INTO public.account_event (action, organisation_id, detail) VALUES ('SITE_CREE', p_organisation, p_code);
END $$;

CREATE FUNCTION account_create_person(p_login TEXT, p_password TEXT, p_display_name TEXT, p_organisation UUID,
                                      p_site TEXT, p_roles TEXT[], p_main_account BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM public.account_require_manager_of(p_organisation);
    IF p_main_account AND NOT public.cession_is_admin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Seul l''administrateur de la base centrale crée le compte principal d''une organisation.';
    END IF;
    -- Plain lower-case names: the login is typed at the desktop and is a PostgreSQL role name.
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,62}$' OR p_login ~ '^(pg_|cession_)' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('Identifiant « %s » : 3 à 63 caractères, minuscules, chiffres ou _, commençant par une lettre (ni pg_ ni cession_).',
                coalesce(p_login, ''));
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('Identifiant « %s » : déjà pris sur ce serveur.', p_login);
    END IF;
    IF p_display_name IS NULL OR btrim(p_display_name) = '' THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Nom affiché : obligatoire.';
    END IF;
    PERFORM public.account_check_password(p_password);
    PERFORM public.account_check_roles(p_roles);
    PERFORM public.account_check_site(p_organisation, p_site);
    IF p_main_account AND EXISTS (SELECT 1 FROM public.person WHERE organisation_id = p_organisation AND main_account) THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Compte principal : cette organisation en a déjà un.';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
        || 'INHERIT IN ROLE cession_person', p_login, p_password);
    INSERT INTO public.person (login, display_name, organisation_id, site_code, roles, main_account)
    VALUES (p_login, btrim(p_display_name), p_organisation, p_site, p_roles, coalesce(p_main_account, false));
    INSERT INTO public.account_event (action, organisation_id, target, detail)
    VALUES ('COMPTE_CREE', p_organisation, p_login,
            btrim(p_display_name) || ', site ' || p_site || ', rôles ' || array_to_string(p_roles, ', ')
                || CASE WHEN p_main_account THEN ', compte principal' ELSE '' END);
END $$;

-- Immediate: the login is refused from now on, and every check of the open sessions
-- (row-level security, decisions) already treats the person as unknown.
CREATE FUNCTION account_disable_person(p_login TEXT) RETURNS VOID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target public.person;
BEGIN
    target := public.account_target(p_login);
    IF target.login = session_user THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'On ne désactive pas son propre compte.';
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    UPDATE public.person SET active = false WHERE login = p_login;
    INSERT INTO public.account_event (action, organisation_id, target) VALUES ('COMPTE_DESACTIVE', target.organisation_id, p_login);
END $$;

-- By an account manager, or by the person for their own password.
CREATE FUNCTION account_reset_password(p_login TEXT, p_password TEXT) RETURNS VOID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target public.person;
BEGIN
    SELECT * INTO target FROM public.person WHERE login = p_login;
    IF target.login IS NULL OR target.login <> session_user OR NOT target.active THEN
        target := public.account_target(p_login);
    END IF;
    PERFORM public.account_check_password(p_password);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    INSERT INTO public.account_event (action, organisation_id, target) VALUES ('MOT_DE_PASSE_CHANGE', target.organisation_id, p_login);
END $$;

CREATE FUNCTION account_set_roles(p_login TEXT, p_roles TEXT[]) RETURNS VOID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target public.person;
BEGIN
    target := public.account_target(p_login);
    IF target.login = session_user THEN
        -- nobody makes themselves a manager (and so their own approver)
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'On ne change pas ses propres rôles : demandez-le à un autre administrateur.';
    END IF;
    PERFORM public.account_check_roles(p_roles);
    UPDATE public.person SET roles = p_roles WHERE login = p_login;
    INSERT INTO public.account_event (action, organisation_id, target, detail)
    VALUES ('ROLES_CHANGES', target.organisation_id, p_login,
            array_to_string(target.roles, ', ') || ' → ' || array_to_string(p_roles, ', '));
END $$;

CREATE FUNCTION account_move_person(p_login TEXT, p_site TEXT) RETURNS VOID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target public.person;
BEGIN
    target := public.account_target(p_login);
    PERFORM public.account_check_site(target.organisation_id, p_site);
    UPDATE public.person SET site_code = p_site WHERE login = p_login;
    INSERT INTO public.account_event (action, organisation_id, target, detail)
    VALUES ('SITE_CHANGE', target.organisation_id, p_login, target.site_code || ' → ' || p_site);
END $$;

-- The purge of the change log and of soft-deleted rows, asked by any desktop after a sync (see
-- CentralMaintenance): as a function, so that no person needs DELETE on the history. The daily
-- claim and the cut-off are the central clock's; forcing it now is the administrator's.
-- The tables are those of fr.cession.sync.SyncedTables.
CREATE FUNCTION central_purge(p_force BOOLEAN) RETURNS INTEGER LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_days INTEGER;
    cutoff TIMESTAMPTZ;
    max_xid BIGINT;
    removed INTEGER;
BEGIN
    IF p_force AND NOT public.cession_is_admin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'La purge immédiate est réservée à l''administrateur de la base centrale.';
    END IF;
    IF NOT p_force THEN
        UPDATE public.sync_meta SET last_purge_at = now()
        WHERE last_purge_at IS NULL OR last_purge_at <= now() - INTERVAL '1 day';
        IF NOT FOUND THEN
            RETURN -1;
        END IF;
    END IF;
    SELECT retention_days INTO v_days FROM public.sync_meta;
    cutoff := now() - make_interval(days => v_days);
    SELECT max(xid) INTO max_xid FROM public.central_change WHERE recorded_at < cutoff;
    IF max_xid IS NULL THEN
        RETURN 0;
    END IF;
    DELETE FROM public.central_change WHERE xid <= max_xid;
    GET DIAGNOSTICS removed = ROW_COUNT;
    UPDATE public.sync_meta SET purged_below_xid = greatest(purged_below_xid, max_xid + 1);
    DELETE FROM public.sales_order WHERE deleted AND modified_at < cutoff;
    DELETE FROM public.activity WHERE deleted AND modified_at < cutoff;
    DELETE FROM public.checklist_item WHERE deleted AND modified_at < cutoff;
    DELETE FROM public.order_document WHERE deleted AND modified_at < cutoff;
    DELETE FROM public.payment WHERE deleted AND modified_at < cutoff;
    DELETE FROM public.approval_request WHERE deleted AND modified_at < cutoff;
    DELETE FROM public.sync_conflict WHERE deleted AND modified_at < cutoff;
    RETURN removed;
END $$;
