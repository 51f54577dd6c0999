-- 004:55 "Si chèque de banque, clément et déborah responsable": the people designated for bank
-- cheques hold the role RESPONSABLE_CHEQUES, given by the organisation's main account like any
-- other role. Only they record a bank cheque as received; the change log names who did.

ALTER TABLE person DROP CONSTRAINT ck_person_roles;
ALTER TABLE person ADD CONSTRAINT ck_person_roles CHECK (cardinality(roles) >= 1
    AND roles <@ ARRAY['COMMERCIAL', 'ADV', 'MANAGER', 'ADMINISTRATEUR', 'RESPONSABLE_CHEQUES']::TEXT[]);

CREATE OR REPLACE FUNCTION account_check_roles(p_roles TEXT[]) RETURNS VOID LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_roles IS NULL OR cardinality(p_roles) = 0
        OR NOT p_roles <@ ARRAY['COMMERCIAL', 'ADV', 'MANAGER', 'ADMINISTRATEUR', 'RESPONSABLE_CHEQUES']::TEXT[] THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('Rôles : un ou plusieurs parmi COMMERCIAL, ADV, MANAGER, ADMINISTRATEUR, '
                || 'RESPONSABLE_CHEQUES (reçu : %s).', coalesce(array_to_string(p_roles, ', '), 'aucun'));
    END IF;
END $$;

-- A bank cheque's receipt (received_at set on a CHQ payment that is not a refund) is recorded by a
-- designated handler only, whatever the desktop sent.
CREATE FUNCTION payment_cheque_receipt() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me public.person;
BEGIN
    IF public.cession_is_admin() THEN
        RETURN NEW;
    END IF;
    IF NEW.method = 'CHQ' AND NEW.kind <> 'REMBOURSEMENT' AND NEW.received_at IS NOT NULL
            AND (TG_OP = 'INSERT' OR OLD.received_at IS NULL) THEN
        me := public.cession_acting_person();
        IF NOT 'RESPONSABLE_CHEQUES' = ANY (me.roles) THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('seul un responsable des chèques de banque enregistre la réception d''un chèque '
                    || 'de banque (004:55) : le compte « %s » ne l''est pas.', me.login);
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tr_payment_cheque_receipt BEFORE INSERT OR UPDATE ON payment
    FOR EACH ROW EXECUTE FUNCTION payment_cheque_receipt();
