-- What a person's login may do at the central database, decided here whatever the desktop runs:
-- exactly the reads and writes the sync needs (PushApplier, PullReader, CentralMaintenance),
-- on their own organisation's orders only (row-level security), and the decisions that belong to
-- a role checked by triggers. Superusers and members of cession_owner (the administrator) are
-- not restricted. Refusals raise 42501 with a French message: the push records it as the
-- operation's refusal and the desktop shows it.

-- Which organisation an order belongs to: the pushing person's, set by the centre, never moved.
ALTER TABLE sales_order ADD COLUMN organisation_id UUID REFERENCES organisation (id);
CREATE INDEX ix_sales_order_organisation ON sales_order (organisation_id);

-- Who claimed an operation and in which transaction: an outcome can still be settled (merged,
-- refused) inside the push that claimed it, never afterwards.
ALTER TABLE applied_op ADD COLUMN pushed_by VARCHAR(63) NOT NULL DEFAULT session_user;
ALTER TABLE applied_op ADD COLUMN claimed_xid BIGINT NOT NULL DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE sync_refusal ADD COLUMN pushed_by VARCHAR(63) NOT NULL DEFAULT session_user;
ALTER TABLE desktop ADD COLUMN reported_by VARCHAR(63) NOT NULL DEFAULT session_user;

CREATE FUNCTION cession_order_visible(p_order UUID) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.sales_order o
                   WHERE o.id = p_order AND o.organisation_id = public.cession_organisation())
$$;

-- The person behind the connection, refused when unknown or disabled (a session opened before).
CREATE FUNCTION cession_acting_person() RETURNS person LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me public.person;
BEGIN
    me := public.cession_session_person();
    IF me.login IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('compte « %s » inconnu ou désactivé sur la base centrale : modification refusée.', session_user);
    END IF;
    RETURN me;
END $$;

CREATE FUNCTION sales_order_organisation() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF public.cession_is_admin() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.organisation_id := (public.cession_acting_person()).organisation_id;
    ELSE
        NEW.organisation_id := OLD.organisation_id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tr_sales_order_organisation BEFORE INSERT OR UPDATE ON sales_order
    FOR EACH ROW EXECUTE FUNCTION sales_order_organisation();

-- Only a manager decides, in their own name, and never on their own request (four eyes). A
-- request is made in its author's name; once decided, the decision stays.
CREATE FUNCTION approval_request_decision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me public.person;
BEGIN
    IF public.cession_is_admin() THEN
        RETURN NEW;
    END IF;
    me := public.cession_acting_person();
    IF TG_OP = 'INSERT' AND NEW.requested_by IS DISTINCT FROM me.login THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('une demande au manager se fait en son propre nom : demandeur « %s » refusé pour le compte « %s ».',
                NEW.requested_by, me.login);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.requested_by IS DISTINCT FROM OLD.requested_by THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'le demandeur d''une demande au manager ne change pas.';
        END IF;
        IF OLD.status IN ('APPROUVEE', 'REFUSEE')
            AND (NEW.status, NEW.decided_by, NEW.decided_at, NEW.amount, NEW.kind, NEW.order_id)
                IS DISTINCT FROM (OLD.status, OLD.decided_by, OLD.decided_at, OLD.amount, OLD.kind, OLD.order_id) THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('cette demande a déjà été %s par %s : la décision ne change plus.',
                    CASE OLD.status WHEN 'APPROUVEE' THEN 'approuvée' ELSE 'refusée' END, OLD.decided_by);
        END IF;
    END IF;
    IF NEW.status IN ('APPROUVEE', 'REFUSEE') AND (TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status) THEN
        IF NOT 'MANAGER' = ANY (me.roles) THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('seul un manager approuve ou refuse une demande : le compte « %s » n''est pas manager.', me.login);
        END IF;
        IF NEW.decided_by IS DISTINCT FROM me.login THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('une décision se prend en son propre nom : « %s » ne peut pas décider au nom de « %s ».',
                    me.login, coalesce(NEW.decided_by, 'personne'));
        END IF;
        IF NEW.status = 'APPROUVEE' AND NEW.requested_by = me.login THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'personne n''approuve sa propre demande : un autre manager doit la valider.';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tr_approval_request_decision BEFORE INSERT OR UPDATE ON approval_request
    FOR EACH ROW EXECUTE FUNCTION approval_request_decision();

-- Only ADV or a manager validates a paper, in their own name; a validation stays theirs.
CREATE FUNCTION order_document_validation() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me public.person;
BEGIN
    IF public.cession_is_admin() THEN
        RETURN NEW;
    END IF;
    me := public.cession_acting_person();
    IF NEW.status = 'VALIDE' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'VALIDE'
            OR (NEW.validated_by, NEW.validated_at) IS DISTINCT FROM (OLD.validated_by, OLD.validated_at)) THEN
        IF NOT me.roles && ARRAY['ADV', 'MANAGER']::TEXT[] THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('seuls l''ADV ou un manager valident un document : le compte « %s » est %s.',
                    me.login, array_to_string(me.roles, ', '));
        END IF;
        IF NEW.validated_by IS DISTINCT FROM me.login THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('un document se valide en son propre nom : « %s » ne peut pas valider au nom de « %s ».',
                    me.login, coalesce(NEW.validated_by, 'personne'));
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tr_order_document_validation BEFORE INSERT OR UPDATE ON order_document
    FOR EACH ROW EXECUTE FUNCTION order_document_validation();

-- applied_op is append-only for persons: the claim's author and transaction come from the
-- connection; an outcome is settled only inside the transaction that claimed it.
CREATE FUNCTION applied_op_append_only() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.pushed_by := session_user;
        NEW.claimed_xid := pg_current_xact_id()::text::bigint;
        RETURN NEW;
    END IF;
    IF public.cession_is_admin() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.claimed_xid = pg_current_xact_id()::text::bigint
            AND NEW.op_id = OLD.op_id AND NEW.pushed_by = OLD.pushed_by AND NEW.claimed_xid = OLD.claimed_xid THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = 'le journal des opérations appliquées ne se modifie pas et ne s''efface pas.';
END $$;
CREATE TRIGGER tr_applied_op_append_only BEFORE INSERT OR UPDATE OR DELETE ON applied_op
    FOR EACH ROW EXECUTE FUNCTION applied_op_append_only();

-- The change feed says who really sent each change (the login, whatever name the desktop put),
-- and when, by the central clock and transaction: no entry can be dated behind a cursor.
CREATE FUNCTION central_change_author() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT public.cession_is_admin() THEN
        NEW.changed_by := session_user;
        NEW.xid := pg_current_xact_id()::text::bigint;
        NEW.recorded_at := now();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tr_central_change_author BEFORE INSERT ON central_change
    FOR EACH ROW EXECUTE FUNCTION central_change_author();

-- Privileges. Some statements need the database's or the schema's owner: an administrator who
-- is neither is told what to run by hand, the rest of the installation goes on.
DO $$
BEGIN
    BEGIN
        EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO cession_person', current_database());
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
        GRANT CREATE ON SCHEMA public TO cession_owner;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'Droits sur la base et le schéma public à régler par leur propriétaire : REVOKE CONNECT, TEMPORARY ON DATABASE % FROM PUBLIC; GRANT CONNECT ON DATABASE % TO cession_person; REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT CREATE ON SCHEMA public TO cession_owner;',
            current_database(), current_database();
    END;
END $$;
GRANT USAGE ON SCHEMA public TO cession_person;

GRANT SELECT, INSERT, UPDATE ON sales_order, activity, checklist_item, order_document, payment, approval_request,
    sync_conflict TO cession_person;
GRANT SELECT, INSERT ON central_change, entity_alias, sync_refusal TO cession_person;
GRANT SELECT, INSERT ON applied_op TO cession_person;
GRANT UPDATE (outcome, reason, merged_into) ON applied_op TO cession_person;
GRANT SELECT, INSERT, UPDATE ON field_stamp, desktop TO cession_person;
GRANT SELECT ON sync_meta, organisation, site TO cession_person;
-- the desktop's start-up check reads the schema version
GRANT SELECT ON central_schema_history TO cession_person;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cession_is_admin(), cession_session_person(), cession_organisation(),
    cession_order_visible(UUID), whoami(), organisation_people(),
    account_create_organisation(TEXT, TEXT, TEXT), account_create_site(UUID, TEXT, TEXT),
    account_create_person(TEXT, TEXT, TEXT, UUID, TEXT, TEXT[], BOOLEAN), account_disable_person(TEXT),
    account_reset_password(TEXT, TEXT), account_set_roles(TEXT, TEXT[]), account_move_person(TEXT, TEXT),
    central_purge(BOOLEAN) TO cession_person;

-- Row-level security: a person sees and writes only the orders of their organisation and
-- what hangs on them, and only their own bookkeeping rows.
ALTER TABLE sales_order ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_sales_order_organisation ON sales_order TO cession_person
    USING (organisation_id = cession_organisation()) WITH CHECK (organisation_id = cession_organisation());

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['activity', 'checklist_item', 'order_document', 'payment', 'approval_request',
                             'sync_conflict', 'central_change', 'entity_alias'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO cession_person USING (cession_order_visible(order_id))'
            || ' WITH CHECK (cession_order_visible(order_id))', 'p_' || t || '_organisation', t);
    END LOOP;
END $$;

ALTER TABLE applied_op ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_applied_op_own ON applied_op TO cession_person
    USING (pushed_by = session_user::text) WITH CHECK (pushed_by = session_user::text);
ALTER TABLE sync_refusal ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_sync_refusal_own ON sync_refusal TO cession_person
    USING (pushed_by = session_user::text) WITH CHECK (pushed_by = session_user::text);
ALTER TABLE desktop ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_desktop_own ON desktop TO cession_person
    USING (reported_by = session_user::text) WITH CHECK (reported_by = session_user::text);
ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_organisation_own ON organisation FOR SELECT TO cession_person USING (id = cession_organisation());
ALTER TABLE site ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_site_own ON site FOR SELECT TO cession_person USING (organisation_id = cession_organisation());
