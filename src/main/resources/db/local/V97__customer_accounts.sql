-- Customer accounts (seed 000: a main account and its sub-accounts; 004:13: a company's people
-- authorised to collect a vehicle). The organisation's register lives centrally (central V20); this
-- is the desktop's copy, refreshed at each synchronisation. A row changed here is "pending" until
-- the central database has it; a desktop working alone keeps its own.
CREATE TABLE customer_account (
    id               UUID PRIMARY KEY,
    kind             VARCHAR(14)  NOT NULL,
    name             VARCHAR(160) NOT NULL,
    reference        VARCHAR(40),
    contact          VARCHAR(160),
    deposit_percent  INTEGER      NOT NULL,
    commission_cents BIGINT       NOT NULL DEFAULT 0,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    pending          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT ck_customer_account_kind CHECK (kind IN ('SOCIETE', 'PROFESSIONNEL')),
    CONSTRAINT ck_customer_account_deposit CHECK (deposit_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_customer_account_commission CHECK (commission_cents >= 0)
);

CREATE TABLE customer_account_member (
    id          UUID PRIMARY KEY,
    account_id  UUID         NOT NULL REFERENCES customer_account (id),
    name        VARCHAR(160) NOT NULL,
    id_number   VARCHAR(40),
    phone       VARCHAR(30),
    email       VARCHAR(160),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    pending     BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX ix_customer_account_member_account ON customer_account_member (account_id);
