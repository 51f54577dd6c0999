-- Timed outcomes under people's own accounts (issue 10, seed 001:21 « automatiquement annulée et
-- votre client remboursé »): the cancellation a timer fires asks the manager for the fee refund in
-- the timer's name (« echeance »), not in the name of the person whose desktop noticed it first. V8
-- refused any request not made in the pushing person's own name, so a timer's cancellation was
-- refused whole at the central database as soon as desktops used people's accounts. A request in the
-- timer's name is accepted as a pending request only: deciding stays a manager's, in their own name.
CREATE OR REPLACE FUNCTION approval_request_decision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me public.person;
BEGIN
    IF public.cession_is_admin() THEN
        RETURN NEW;
    END IF;
    me := public.cession_acting_person();
    -- the refund request a timed outcome writes (« echeance », fr.cession.domain.timer.TimerActor) comes
    -- from whichever desktop fired it first: it is asked, never decided, in nobody's name
    IF TG_OP = 'INSERT' AND NEW.requested_by IS DISTINCT FROM me.login
            AND NOT (NEW.requested_by = 'echeance' AND NEW.status = 'DEMANDEE' AND NEW.decided_by IS NULL) THEN
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
