-- Orders whose creation the central database refused (a duplicate number with another customer,
-- a value it cannot store): kept here, visible "à corriger", their later changes held back until
-- a person fixes the order and resends it whole, or withdraws it from this desktop.
CREATE TABLE sync_to_fix (
    order_id   UUID PRIMARY KEY,
    number     VARCHAR(40)   NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    refused_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Rows pulled from the central database that this store could not take (a local unique key or
-- constraint): each is tried again at every sync, the rest of the pull goes on.
CREATE TABLE sync_blocked_row (
    entity_id  UUID PRIMARY KEY,
    entity     VARCHAR(30)   NOT NULL,
    order_id   UUID,
    reason     VARCHAR(1000) NOT NULL,
    first_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts   INTEGER       NOT NULL DEFAULT 1
);

-- The order number each refusal is about, so the list names it even once the order is gone.
ALTER TABLE sync_refusal ADD COLUMN order_number VARCHAR(40);

-- Since when this desktop has run with no central database configured (null: never). Its first
-- connection then sends the orders created here whole instead of replaying every edit (see
-- fr.cession.sync.LocalOnlyBacklog).
ALTER TABLE sync_checkpoint ADD COLUMN local_only_since TIMESTAMP WITH TIME ZONE;
