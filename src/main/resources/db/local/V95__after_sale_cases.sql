-- Complaints (« retouche », 001:35), the disputes they may become (001:42, 001:50) and returns
-- within the commercial window (003:6): one row per case, changed at each step, synchronised like
-- the order's other parts (the same table and columns centrally, V19).
CREATE TABLE after_sale_case (
    id               UUID PRIMARY KEY,
    order_id         UUID           NOT NULL REFERENCES sales_order (id),
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
    CONSTRAINT ck_after_sale_mileage CHECK (mileage_km IS NULL OR mileage_km >= 0)
);
