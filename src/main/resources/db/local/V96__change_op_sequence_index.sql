-- local_seq is an identity column: unique by construction. Every query that orders by it filters
-- first on pushed_at (the outbox: ix_change_op_pending, whose second column is local_seq) or on
-- order_id (an order's history: ix_change_op_order), so no plan used this index; each change
-- logged still paid an index write and its commit (an imported order logs about 21 changes).
DROP INDEX ux_change_op_seq;
