-- The same back-office order created at two sites (same number, two ids): the later id is an
-- alias of the first. Its children are matched to the first order's by their natural key (an
-- activity's type, a line's code, a document's type...) or re-parented; every later operation
-- naming an alias is applied to its target ("re-based").
CREATE TABLE entity_alias (
    alias_id   UUID PRIMARY KEY,
    target_id  UUID        NOT NULL,
    entity     VARCHAR(30) NOT NULL,
    order_id   UUID        NOT NULL,
    site       VARCHAR(40) NOT NULL,
    merged_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ix_entity_alias_order ON entity_alias (order_id);

-- A creation merged into an existing order is acknowledged as such, with the id it became.
ALTER TABLE applied_op DROP CONSTRAINT IF EXISTS applied_op_outcome_check;
ALTER TABLE applied_op ADD CONSTRAINT ck_applied_op_outcome CHECK (outcome IN ('APPLIQUEE', 'REFUSEE', 'FUSIONNEE'));
ALTER TABLE applied_op ADD COLUMN merged_into UUID;

-- What each desktop last did, as it says after every attempt: the outcome of its last exchange,
-- the changes it still has to send, and when it last succeeded (central clock).
ALTER TABLE desktop ADD COLUMN backlog INTEGER NOT NULL DEFAULT 0;
ALTER TABLE desktop ADD COLUMN last_success TIMESTAMPTZ;
ALTER TABLE desktop ADD COLUMN refused_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE desktop ALTER COLUMN last_outcome TYPE VARCHAR(400);

-- The central purge runs at most once a day by the central clock, whichever desktop asks.
ALTER TABLE sync_meta ADD COLUMN last_purge_at TIMESTAMPTZ;
