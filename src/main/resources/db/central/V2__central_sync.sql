-- Sync bookkeeping of the central database.

-- One row per settings of this central database. schema_version is the data schema every
-- desktop must share to sync (desktops hold theirs in sync_checkpoint); retention_days bounds how
-- long the change log and soft-deleted rows are kept; purged_below_xid says which cursors are
-- too old to continue incrementally (those desktops do a full resync).
CREATE TABLE sync_meta (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    schema_version   INTEGER NOT NULL,
    retention_days   INTEGER NOT NULL,
    purged_below_xid BIGINT  NOT NULL DEFAULT 0
);
INSERT INTO sync_meta (id, schema_version, retention_days) VALUES (1, 1, 90);

-- Exactly-once: an operation id is applied (or refused) once; a retried push finds it here and
-- is acknowledged with the outcome recorded the first time.
CREATE TABLE applied_op (
    op_id      UUID PRIMARY KEY,
    desktop_id UUID        NOT NULL,
    site       VARCHAR(40) NOT NULL,
    entity     VARCHAR(30) NOT NULL,
    entity_id  UUID        NOT NULL,
    outcome    VARCHAR(10) NOT NULL CHECK (outcome IN ('APPLIQUEE', 'REFUSEE')),
    reason     VARCHAR(1000),
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The change feed desktops pull. xid is the writing transaction's id: a desktop reads only rows
-- whose xid is below the oldest transaction still running (pg_snapshot_xmin), so a transaction
-- that commits late can never be skipped by a cursor that already moved past a later one.
CREATE TABLE central_change (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid        BIGINT      NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    op_id      UUID,
    entity     VARCHAR(30) NOT NULL,
    entity_id  UUID        NOT NULL,
    order_id   UUID        NOT NULL,
    kind       VARCHAR(12) NOT NULL,
    version    BIGINT      NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    changed_by VARCHAR(80) NOT NULL,
    site       VARCHAR(40) NOT NULL,
    fields     JSONB       NOT NULL DEFAULT '[]',
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ix_central_change_cursor ON central_change (xid, seq);
CREATE INDEX ix_central_change_recorded ON central_change (recorded_at);

-- Who last changed each field of each row, and when: decides the winner of a same-field conflict.
CREATE TABLE field_stamp (
    entity_id  UUID        NOT NULL,
    field      VARCHAR(60) NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    changed_by VARCHAR(80) NOT NULL,
    site       VARCHAR(40) NOT NULL,
    PRIMARY KEY (entity_id, field)
);

-- The same field changed at two sites: the kept value is applied, the lost one is kept here so
-- a person sees both and can choose. Copied to every desktop like an entity row.
CREATE TABLE sync_conflict (
    id            UUID PRIMARY KEY,
    entity        VARCHAR(30)  NOT NULL,
    entity_id     UUID         NOT NULL,
    order_id      UUID         NOT NULL,
    field         VARCHAR(60)  NOT NULL,
    kept_value    VARCHAR(4000),
    kept_by       VARCHAR(80)  NOT NULL,
    kept_site     VARCHAR(40)  NOT NULL,
    kept_at       TIMESTAMPTZ  NOT NULL,
    lost_value    VARCHAR(4000),
    lost_by       VARCHAR(80)  NOT NULL,
    lost_site     VARCHAR(40)  NOT NULL,
    lost_at       TIMESTAMPTZ  NOT NULL,
    op_id         UUID         NOT NULL,
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('OUVERT', 'RESOLU')),
    resolved_value VARCHAR(4000),
    resolved_by   VARCHAR(80),
    resolved_site VARCHAR(40),
    resolved_at   TIMESTAMPTZ,
    version       BIGINT       NOT NULL,
    modified_at   TIMESTAMPTZ  NOT NULL,
    modified_by   VARCHAR(80)  NOT NULL,
    modified_site VARCHAR(40)  NOT NULL,
    deleted       BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_sync_conflict_open ON sync_conflict (status) WHERE status = 'OUVERT';

-- Operations the central database refused (a rule broken), with the reason sent back.
CREATE TABLE sync_refusal (
    op_id      UUID PRIMARY KEY,
    desktop_id UUID         NOT NULL,
    site       VARCHAR(40)  NOT NULL,
    changed_by VARCHAR(80)  NOT NULL,
    entity     VARCHAR(30)  NOT NULL,
    entity_id  UUID         NOT NULL,
    order_id   UUID         NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    refused_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE desktop (
    desktop_id     UUID PRIMARY KEY,
    site           VARCHAR(40) NOT NULL,
    schema_version INTEGER     NOT NULL,
    last_seen      TIMESTAMPTZ NOT NULL,
    last_outcome   VARCHAR(200)
);
