-- A creation's fields live in its own change_op row, as (field, value) pairs: a creation has no
-- old values, and one row per field made change_field three quarters of an import's writes
-- (145 of 187 rows per order). Changes to existing rows keep their change_field rows; creations
-- logged before this version keep theirs too, and the reader takes both.
ALTER TABLE change_op ADD COLUMN created_fields CHARACTER VARYING(4000) ARRAY;

-- Each of these repeats the index H2 already keeps for the foreign key on the same column: every
-- insert paid for it twice, and no query gains from the copy.
DROP INDEX ix_activity_order;
DROP INDEX ix_checklist_item_activity;
DROP INDEX ix_checklist_item_order;
DROP INDEX ix_order_document_order;
DROP INDEX ix_payment_order;
DROP INDEX ix_approval_request_order;
