-- Customer accounts (seed 000: « Compte principal » and its « Comptes Acheteur »; 004:13: the
-- people a company authorises to collect a vehicle). A register of the organisation, like its
-- people: a person reads and writes only their own organisation's accounts (row-level security),
-- the organisation of a new row is the writer's, whatever the desktop sent, and never changes.
-- Desktops keep a copy (local V97), refreshed at each synchronisation.
CREATE TABLE customer_account (
    id               UUID PRIMARY KEY,
    organisation_id  UUID         NOT NULL REFERENCES organisation (id),
    kind             VARCHAR(14)  NOT NULL,
    name             VARCHAR(160) NOT NULL,
    reference        VARCHAR(40),
    contact          VARCHAR(160),
    deposit_percent  INTEGER      NOT NULL,
    commission_cents BIGINT       NOT NULL DEFAULT 0,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    modified_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    modified_by      VARCHAR(63)  NOT NULL DEFAULT session_user,
    CONSTRAINT ck_customer_account_kind CHECK (kind IN ('SOCIETE', 'PROFESSIONNEL')),
    CONSTRAINT ck_customer_account_deposit CHECK (deposit_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_customer_account_commission CHECK (commission_cents >= 0)
);
CREATE INDEX ix_customer_account_organisation ON customer_account (organisation_id);

CREATE TABLE customer_account_member (
    id              UUID PRIMARY KEY,
    account_id      UUID         NOT NULL REFERENCES customer_account (id),
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    name            VARCHAR(160) NOT NULL,
    id_number       VARCHAR(40),
    phone           VARCHAR(30),
    email           VARCHAR(160),
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    modified_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    modified_by     VARCHAR(63)  NOT NULL DEFAULT session_user
);
CREATE INDEX ix_customer_account_member_account ON customer_account_member (account_id);

-- Who and when come from the connection; the organisation from the writer's account on creation,
-- then never changes; a member belongs to an account of its own organisation.
CREATE FUNCTION customer_account_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    account_org UUID;
BEGIN
    IF NOT public.cession_is_admin() THEN
        NEW.modified_by := session_user;
        NEW.modified_at := now();
        IF TG_OP = 'INSERT' THEN
            NEW.organisation_id := (public.cession_acting_person()).organisation_id;
        ELSE
            PERFORM public.cession_acting_person();
            NEW.organisation_id := OLD.organisation_id;
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'customer_account_member' THEN
        SELECT a.organisation_id INTO account_org FROM public.customer_account a WHERE a.id = NEW.account_id;
        IF account_org IS DISTINCT FROM NEW.organisation_id THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('la personne « %s » ne peut être ajoutée qu''à un compte client de son organisation.',
                    NEW.name);
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.account_id <> OLD.account_id THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('la personne « %s » ne change pas de compte client.', NEW.name);
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tr_customer_account_stamp BEFORE INSERT OR UPDATE ON customer_account
    FOR EACH ROW EXECUTE FUNCTION customer_account_stamp();
CREATE TRIGGER tr_customer_account_member_stamp BEFORE INSERT OR UPDATE ON customer_account_member
    FOR EACH ROW EXECUTE FUNCTION customer_account_stamp();

-- An account is disabled, never deleted: the orders placed for it keep naming it.
GRANT SELECT, INSERT, UPDATE ON customer_account, customer_account_member TO cession_person;
ALTER TABLE customer_account ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_customer_account_organisation ON customer_account TO cession_person
    USING (organisation_id = cession_organisation()) WITH CHECK (organisation_id = cession_organisation());
ALTER TABLE customer_account_member ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_customer_account_member_organisation ON customer_account_member TO cession_person
    USING (organisation_id = cession_organisation()) WITH CHECK (organisation_id = cession_organisation());

-- An order is placed only for an account (and a sub-account of it) of its own organisation.
CREATE FUNCTION sales_order_customer_account() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NEW.customer_account_id IS NULL OR public.cession_is_admin()
            OR (TG_OP = 'UPDATE' AND NEW.customer_account_id IS NOT DISTINCT FROM OLD.customer_account_id
                AND NEW.sub_account_id IS NOT DISTINCT FROM OLD.sub_account_id) THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.customer_account a
                   WHERE a.id = NEW.customer_account_id AND a.organisation_id = NEW.organisation_id) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('le compte client « %s » n''est pas un compte de l''organisation de la commande.',
                coalesce(NEW.customer_account_name, NEW.customer_account_id::text));
    END IF;
    IF NEW.sub_account_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.customer_account_member m
            WHERE m.id = NEW.sub_account_id AND m.account_id = NEW.customer_account_id) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('le sous-compte « %s » n''appartient pas au compte client « %s ».',
                coalesce(NEW.sub_account_name, NEW.sub_account_id::text), NEW.customer_account_name);
    END IF;
    RETURN NEW;
END $$;
REVOKE EXECUTE ON FUNCTION customer_account_stamp(), sales_order_customer_account() FROM PUBLIC;
