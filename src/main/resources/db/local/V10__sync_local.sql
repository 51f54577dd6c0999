-- What this desktop knows of the central database: its identity, the data schema version it
-- speaks, and how far it has pulled the central change feed (a (transaction id, sequence) pair).
CREATE TABLE sync_checkpoint (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    desktop_id        UUID,
    schema_version    INTEGER NOT NULL,
    cursor_xid        BIGINT  NOT NULL DEFAULT 0,
    cursor_seq        BIGINT  NOT NULL DEFAULT 0,
    last_sync_at      TIMESTAMP WITH TIME ZONE,
    last_full_sync_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO sync_checkpoint (id, schema_version) VALUES (1, 1);

-- Local changes the central database refused, with its reason, for the user to see.
CREATE TABLE sync_refusal (
    op_id        UUID PRIMARY KEY,
    entity       VARCHAR(30)   NOT NULL,
    entity_id    UUID          NOT NULL,
    order_id     UUID          NOT NULL,
    changed_by   VARCHAR(80)   NOT NULL,
    site         VARCHAR(40)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    refused_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged BOOLEAN       NOT NULL DEFAULT FALSE
);

-- Copy of the central conflicts (same columns), pulled like any synchronised row.
CREATE TABLE sync_conflict (
    id             UUID PRIMARY KEY,
    entity         VARCHAR(30)  NOT NULL,
    entity_id      UUID         NOT NULL,
    order_id       UUID         NOT NULL,
    field          VARCHAR(60)  NOT NULL,
    kept_value     VARCHAR(4000),
    kept_by        VARCHAR(80)  NOT NULL,
    kept_site      VARCHAR(40)  NOT NULL,
    kept_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    lost_value     VARCHAR(4000),
    lost_by        VARCHAR(80)  NOT NULL,
    lost_site      VARCHAR(40)  NOT NULL,
    lost_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    op_id          UUID         NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    resolved_value VARCHAR(4000),
    resolved_by    VARCHAR(80),
    resolved_site  VARCHAR(40),
    resolved_at    TIMESTAMP WITH TIME ZONE,
    version        BIGINT       NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by    VARCHAR(80)  NOT NULL,
    modified_site  VARCHAR(40)  NOT NULL,
    deleted        BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_sync_conflict_status ON sync_conflict (status);
