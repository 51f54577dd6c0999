-- The audit trail a manager reads: besides the account actions, every login checked by the central
-- database and every decision on a request to the manager, on the central clock, by the login that
-- did it. Still append-only (V6's trigger); only the list of actions grows.
ALTER TABLE account_event DROP CONSTRAINT ck_account_event_action;
ALTER TABLE account_event ADD CONSTRAINT ck_account_event_action CHECK (action IN ('ORGANISATION_CREEE', 'SITE_CREE',
    'COMPTE_CREE', 'COMPTE_DESACTIVE', 'MOT_DE_PASSE_CHANGE', 'ROLES_CHANGES', 'SITE_CHANGE',
    'CONNEXION', 'DEMANDE_APPROUVEE', 'DEMANDE_REFUSEE'));

-- Called by the desktop once the password was accepted: only the connection's own person is recorded.
CREATE FUNCTION account_log_in() RETURNS VOID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me public.person;
BEGIN
    me := public.cession_session_person();
    IF me.login IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO public.account_event (action, organisation_id, target) VALUES ('CONNEXION', me.organisation_id, me.login);
END $$;

-- A decision reaches the trail in the transaction that records it: a refused push takes it back with it.
CREATE FUNCTION approval_request_audit() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    o public.sales_order;
BEGIN
    IF NEW.status NOT IN ('APPROUVEE', 'REFUSEE') OR (TG_OP = 'UPDATE' AND NEW.status IS NOT DISTINCT FROM OLD.status) THEN
        RETURN NULL;
    END IF;
    SELECT * INTO o FROM public.sales_order WHERE id = NEW.order_id;
    INSERT INTO public.account_event (action, organisation_id, target, detail)
    VALUES (CASE NEW.status WHEN 'APPROUVEE' THEN 'DEMANDE_APPROUVEE' ELSE 'DEMANDE_REFUSEE' END, o.organisation_id,
            NEW.requested_by, left(format('commande %s : %s%s, décidée par %s', coalesce(o.number, NEW.order_id::TEXT),
            NEW.kind, CASE WHEN NEW.amount IS NULL THEN '' ELSE format(', %s €', NEW.amount) END,
            coalesce(NEW.decided_by, session_user)), 1000));
    RETURN NULL;
END $$;
CREATE TRIGGER tr_approval_request_audit AFTER INSERT OR UPDATE ON approval_request
    FOR EACH ROW EXECUTE FUNCTION approval_request_audit();

-- The trail of the caller's organisation, for its managers and its main account; all of it for the
-- central's administrator. Nobody else reads it.
CREATE FUNCTION account_journal(p_since TIMESTAMPTZ) RETURNS TABLE (at TIMESTAMPTZ, actor VARCHAR, action VARCHAR,
                                                                   target VARCHAR, detail VARCHAR)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me public.person;
BEGIN
    IF public.cession_is_admin() THEN
        RETURN QUERY SELECT e.at, e.actor, e.action, e.target, e.detail FROM public.account_event e
            WHERE e.at >= coalesce(p_since, '-infinity') ORDER BY e.id;
        RETURN;
    END IF;
    me := public.cession_session_person();
    IF me.login IS NULL OR NOT (me.main_account OR 'MANAGER' = ANY (me.roles)) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('le journal des comptes se lit par un manager ou le compte principal : « %s » n''est ni l''un ni l''autre.',
                session_user);
    END IF;
    RETURN QUERY SELECT e.at, e.actor, e.action, e.target, e.detail FROM public.account_event e
        WHERE e.organisation_id = me.organisation_id AND e.at >= coalesce(p_since, '-infinity') ORDER BY e.id;
END $$;

GRANT EXECUTE ON FUNCTION account_log_in(), account_journal(TIMESTAMPTZ) TO cession_person;
