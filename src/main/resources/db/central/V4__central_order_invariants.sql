-- The order invariant a row can hold alone (fr.cession.sync.OrderInvariants holds the others,
-- checked by the central database after every unit of pushed changes): an order is ANNULEE
-- exactly when it carries its cancellation case and date. NOT VALID: rows written before this
-- version are not re-checked (a migration must not fail on history), every new write is.
ALTER TABLE sales_order ADD CONSTRAINT ck_sales_order_cancellation
    CHECK ((status = 'ANNULEE') = (cancellation_case IS NOT NULL AND cancelled_at IS NOT NULL)) NOT VALID;
