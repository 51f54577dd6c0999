-- The board's order cards: each order's next open activity is the first entry of this index for
-- (order, OUVERTE, not deleted), read in due order, and its open-activity count is counted from
-- the same range without touching the rows.
CREATE INDEX ix_activity_order_next ON activity (order_id, state, deleted, due_at, id);
