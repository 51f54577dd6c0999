-- Complaints, disputes and returns after the hand-over (001, 003), as the desktops keep them
-- (local V95): same table and columns. What a row holds alone is checked here; the order-wide
-- rules (a return cancels its order, fr.cession.sync.OrderInvariants) after every pushed unit.
CREATE TABLE after_sale_case (
    id               UUID PRIMARY KEY,
    order_id         UUID           NOT NULL,
    kind             VARCHAR(12)    NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    opened_on        DATE           NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by        VARCHAR(80)    NOT NULL,
    request          VARCHAR(1000),
    answered_at      TIMESTAMP WITH TIME ZONE,
    answered_by      VARCHAR(80),
    answer           VARCHAR(1000),
    work_activity_id UUID,
    approval_id      UUID,
    decision         VARCHAR(30),
    decision_amount  NUMERIC(12, 2),
    pickup_on        DATE,
    pickup_reference VARCHAR(80),
    inspected_at     TIMESTAMP WITH TIME ZONE,
    inspected_by     VARCHAR(80),
    mileage_km       INTEGER,
    damage           VARCHAR(1000),
    version          BIGINT         NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by      VARCHAR(80)    NOT NULL,
    modified_site    VARCHAR(40)    NOT NULL,
    deleted          BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_after_sale_kind CHECK (kind IN ('RECLAMATION', 'RETOUR')),
    CONSTRAINT ck_after_sale_status CHECK (status IN ('OUVERTE', 'ACCEPTEE', 'REFUSEE', 'LITIGE', 'TRANCHEE',
        'RETOUR_NOTIFIE', 'ENLEVEMENT_PLANIFIE', 'INSPECTE')),
    CONSTRAINT ck_after_sale_decision CHECK (decision IS NULL
        OR decision IN ('REMBOURSEMENT', 'REMBOURSEMENT_PARTIEL', 'REPARATION', 'REJET')),
    CONSTRAINT ck_after_sale_amount CHECK (decision_amount IS NULL OR decision_amount >= 0),
    CONSTRAINT ck_after_sale_mileage CHECK (mileage_km IS NULL OR mileage_km >= 0),
    -- a refused complaint says why; a decided dispute says what was decided; an inspected return its mileage
    CONSTRAINT ck_after_sale_refused CHECK (status <> 'REFUSEE' OR answer IS NOT NULL),
    CONSTRAINT ck_after_sale_decided CHECK (status <> 'TRANCHEE' OR decision IS NOT NULL),
    CONSTRAINT ck_after_sale_inspected CHECK (status <> 'INSPECTE' OR (mileage_km IS NOT NULL AND inspected_at IS NOT NULL))
);
CREATE INDEX ix_after_sale_case_order ON after_sale_case (order_id);

-- A dispute (001:50) is decided by a manager who did not raise it, whatever the outcome: a
-- rejection too (a plain request's refusal stays open to its requester, V8).
CREATE FUNCTION approval_request_dispute_four_eyes() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF public.cession_is_admin() THEN
        RETURN NEW;
    END IF;
    IF NEW.kind = 'LITIGE' AND NEW.status = 'REFUSEE' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'REFUSEE')
            AND NEW.requested_by = (public.cession_acting_person()).login THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'un litige se tranche par un autre manager que celui qui l''a ouvert.';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tr_approval_request_dispute BEFORE INSERT OR UPDATE ON approval_request
    FOR EACH ROW EXECUTE FUNCTION approval_request_dispute_four_eyes();

GRANT SELECT, INSERT, UPDATE ON after_sale_case TO cession_person;
ALTER TABLE after_sale_case ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_after_sale_case_organisation ON after_sale_case TO cession_person
    USING (cession_order_visible(order_id)) WITH CHECK (cession_order_visible(order_id));
REVOKE EXECUTE ON FUNCTION approval_request_dispute_four_eyes() FROM PUBLIC;
