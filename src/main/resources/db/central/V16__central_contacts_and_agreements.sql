-- Seed 002: what calls, visits, e-mails and messages taught the advisor (facts, not the credit
-- decision), with the next step they lead to, and the after-sale call's outcome and rating
-- (004:56). A report about the customer as a whole is carried by the order it was written from:
-- the synchronisation is per order, and the customer's page gathers the reports of all their orders.
CREATE TABLE contact_report (
    id               UUID PRIMARY KEY,
    order_id         UUID          NOT NULL,
    subject          VARCHAR(10)   NOT NULL,
    channel          VARCHAR(10)   NOT NULL,
    contact_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    author           VARCHAR(80),
    account          VARCHAR(4000),
    next_step        VARCHAR(200),
    next_step_at     TIMESTAMP WITH TIME ZONE,
    next_activity_id UUID,
    outcome          VARCHAR(14),
    rating           INTEGER,
    customer_comment VARCHAR(1000),
    version          BIGINT        NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by      VARCHAR(80)   NOT NULL,
    modified_site    VARCHAR(40)   NOT NULL,
    deleted          BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_contact_report_subject CHECK (subject IN ('CLIENT', 'COMMANDE')),
    CONSTRAINT ck_contact_report_channel CHECK (channel IN ('APPEL', 'VISITE', 'EMAIL', 'MESSAGE')),
    CONSTRAINT ck_contact_report_outcome CHECK (outcome IN ('SATISFAIT', 'PROBLEME', 'AVIS_DEMANDE')),
    CONSTRAINT ck_contact_report_rating CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_contact_report_order ON contact_report (order_id);

-- Seed 002 §2: the terms agreed with the customer and made official, one row per order; the
-- payment method and the financing (004:7-8) stay on the order itself.
CREATE TABLE order_agreement (
    id             UUID PRIMARY KEY,
    order_id       UUID           NOT NULL,
    agreed_price   NUMERIC(12, 2),
    payment_terms  VARCHAR(500),
    delivery_terms VARCHAR(500),
    version        BIGINT         NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by    VARCHAR(80)    NOT NULL,
    modified_site  VARCHAR(40)    NOT NULL,
    deleted        BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_order_agreement_price CHECK (agreed_price > 0)
);
CREATE INDEX ix_order_agreement_order ON order_agreement (order_id);

-- the same rights and row-level security as the other tables hanging on an order (V8)
GRANT SELECT, INSERT, UPDATE ON contact_report, order_agreement TO cession_person;
ALTER TABLE contact_report ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_contact_report_organisation ON contact_report TO cession_person
    USING (cession_order_visible(order_id)) WITH CHECK (cession_order_visible(order_id));
ALTER TABLE order_agreement ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_order_agreement_organisation ON order_agreement TO cession_person
    USING (cession_order_visible(order_id)) WITH CHECK (cession_order_visible(order_id));
