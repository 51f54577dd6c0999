-- Central database (PostgreSQL only). The entity tables have the same names and columns as
-- each desktop's local store, so a change (column name -> canonical text) applies to either
-- copy. No foreign keys between entity tables here: a desktop's batch may be partly refused,
-- and a refused parent must not make its children's operations fail in turn.

CREATE TABLE sales_order (
    id                         UUID PRIMARY KEY,
    number                     VARCHAR(40)    NOT NULL,
    status                     VARCHAR(20)    NOT NULL,
    reserved_on                DATE           NOT NULL,
    reservation_fee            NUMERIC(12, 2) NOT NULL,
    advisor                    VARCHAR(80),
    owning_site                VARCHAR(40)    NOT NULL,
    customer_kind              VARCHAR(12)    NOT NULL,
    customer_first_name        VARCHAR(80),
    customer_last_name         VARCHAR(80),
    company_name               VARCHAR(160),
    company_siren              VARCHAR(14),
    customer_email             VARCHAR(160),
    customer_phone             VARCHAR(30),
    customer_address           VARCHAR(300),
    cg_holding                 VARCHAR(16)    NOT NULL,
    co_holder_name             VARCHAR(160),
    collector_name             VARCHAR(160),
    vehicle_vin                VARCHAR(17),
    vehicle_plate              VARCHAR(12),
    vehicle_make               VARCHAR(60),
    vehicle_model              VARCHAR(80),
    vehicle_first_registration DATE,
    vehicle_last_ct            DATE,
    vehicle_last_service       DATE,
    vehicle_mileage_km         INTEGER,
    vehicle_price              NUMERIC(12, 2),
    vehicle_imported           BOOLEAN        NOT NULL DEFAULT FALSE,
    partner_seller             VARCHAR(160),
    handover_mode              VARCHAR(12)    NOT NULL,
    handover_at                TIMESTAMP,
    payment_method             VARCHAR(3)     NOT NULL,
    down_payment               NUMERIC(12, 2),
    financed_amount            NUMERIC(12, 2),
    financing_covers           VARCHAR(80),
    lender                     VARCHAR(20),
    vehicle_received_on        DATE,
    withdrawal_notice_on       DATE,
    cancellation_case          VARCHAR(30),
    cancellation_reason        VARCHAR(500),
    cancelled_at               TIMESTAMP WITH TIME ZONE,
    status_before_cancel       VARCHAR(20),
    version                    BIGINT         NOT NULL,
    modified_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by                VARCHAR(80)    NOT NULL,
    modified_site              VARCHAR(40)    NOT NULL,
    deleted                    BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_sales_order_number UNIQUE (number),
    CONSTRAINT ck_sales_order_status CHECK (status IN ('RESERVEE', 'DESTOCKAGE', 'ORGANISEE', 'PAIEMENT_VERIFIE', 'VENDUE', 'CLOTUREE', 'ANNULEE')),
    CONSTRAINT ck_sales_order_payment CHECK (payment_method IN ('VIR', 'CHQ', 'CRD')),
    CONSTRAINT ck_sales_order_handover CHECK (handover_mode IN ('CESSION', 'LIVRAISON'))
);
CREATE INDEX ix_sales_order_status ON sales_order (status);
CREATE INDEX ix_sales_order_advisor ON sales_order (advisor);
CREATE INDEX ix_sales_order_plate ON sales_order (vehicle_plate);
CREATE INDEX ix_sales_order_vin ON sales_order (vehicle_vin);
CREATE INDEX ix_sales_order_customer ON sales_order (customer_last_name);

CREATE TABLE activity (
    id            UUID PRIMARY KEY,
    order_id      UUID          NOT NULL,
    type_code     VARCHAR(60)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    role          VARCHAR(12)   NOT NULL,
    assignee      VARCHAR(80),
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    state         VARCHAR(12)   NOT NULL,
    done_at       TIMESTAMP WITH TIME ZONE,
    done_by       VARCHAR(80),
    note          VARCHAR(4000),
    version       BIGINT        NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(80)   NOT NULL,
    modified_site VARCHAR(40)   NOT NULL,
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_activity_state CHECK (state IN ('OUVERTE', 'FAITE', 'ANNULEE')),
    CONSTRAINT ck_activity_role CHECK (role IN ('COMMERCIAL', 'ADV', 'MANAGER'))
);
CREATE INDEX ix_activity_order ON activity (order_id);
CREATE INDEX ix_activity_assignee_due ON activity (assignee, state, due_at);
CREATE INDEX ix_activity_type ON activity (type_code, state);

CREATE TABLE checklist_item (
    id            UUID PRIMARY KEY,
    activity_id   UUID          NOT NULL,
    order_id      UUID          NOT NULL,
    line_code     VARCHAR(60)   NOT NULL,
    label         VARCHAR(500)  NOT NULL,
    seed_ref      VARCHAR(20),
    position      INTEGER       NOT NULL,
    checked       BOOLEAN       NOT NULL DEFAULT FALSE,
    checked_at    TIMESTAMP WITH TIME ZONE,
    checked_by    VARCHAR(80),
    version       BIGINT        NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(80)   NOT NULL,
    modified_site VARCHAR(40)   NOT NULL,
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_checklist_item_activity ON checklist_item (activity_id);
CREATE INDEX ix_checklist_item_order ON checklist_item (order_id);

CREATE TABLE order_document (
    id             UUID PRIMARY KEY,
    order_id       UUID          NOT NULL,
    doc_type       VARCHAR(40)   NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    issued_on      DATE,
    received_at    TIMESTAMP WITH TIME ZONE,
    validated_at   TIMESTAMP WITH TIME ZONE,
    validated_by   VARCHAR(80),
    refusal_reason VARCHAR(500),
    reference      VARCHAR(80),
    version        BIGINT        NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by    VARCHAR(80)   NOT NULL,
    modified_site  VARCHAR(40)   NOT NULL,
    deleted        BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_order_document_status CHECK (status IN ('MANQUANT', 'RECU', 'VALIDE', 'REFUSE'))
);
CREATE INDEX ix_order_document_order ON order_document (order_id);

CREATE TABLE payment (
    id            UUID PRIMARY KEY,
    order_id      UUID           NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    method        VARCHAR(3)     NOT NULL,
    amount        NUMERIC(12, 2) NOT NULL,
    ordered_at    TIMESTAMP WITH TIME ZONE,
    received_at   TIMESTAMP WITH TIME ZONE,
    reference     VARCHAR(80),
    version       BIGINT         NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(80)    NOT NULL,
    modified_site VARCHAR(40)    NOT NULL,
    deleted       BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_payment_amount CHECK (amount >= 0)
);
CREATE INDEX ix_payment_order ON payment (order_id);

CREATE TABLE approval_request (
    id            UUID PRIMARY KEY,
    order_id      UUID           NOT NULL,
    kind          VARCHAR(30)    NOT NULL,
    status        VARCHAR(12)    NOT NULL,
    requested_by  VARCHAR(80)    NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by    VARCHAR(80),
    decided_at    TIMESTAMP WITH TIME ZONE,
    amount        NUMERIC(12, 2),
    detail        VARCHAR(1000),
    version       BIGINT         NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by   VARCHAR(80)    NOT NULL,
    modified_site VARCHAR(40)    NOT NULL,
    deleted       BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_approval_status CHECK (status IN ('DEMANDEE', 'APPROUVEE', 'REFUSEE'))
);
CREATE INDEX ix_approval_request_order ON approval_request (order_id);
CREATE INDEX ix_approval_request_status ON approval_request (status);

