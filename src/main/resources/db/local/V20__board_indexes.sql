-- Indexes for the board and "Ma journée" (read at every start on 50,000 activities).
-- H2 answers from an index alone when it holds every column a query reads, so these carry the
-- columns the board filters and counts on, not only the join key.

-- checklist progress per activity: total and done counted from the index, never the rows
CREATE INDEX ix_checklist_item_progress ON checklist_item (activity_id, deleted, checked);

-- open activities of an order: the advisor's unassigned commercial tasks and the idle-order test
CREATE INDEX ix_activity_order_open ON activity (order_id, state, deleted, role, assignee);

-- open activities in due order: the board is read in that order without a sort
CREATE INDEX ix_activity_state_due ON activity (state, due_at);

-- received payments of an order (funds before hand-over)
CREATE INDEX ix_payment_order_received ON payment (order_id, deleted, received_at, kind);
