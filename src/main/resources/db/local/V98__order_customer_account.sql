-- The customer account an order is placed for and the sub-account it comes through (seed 000),
-- with the account's terms when it was placed (deposit, commission), and the member recorded as
-- collecting the vehicle (004:13). Names are copied so the order reads offline. Synchronised like
-- the order's other columns (central V21).
ALTER TABLE sales_order ADD COLUMN customer_account_id UUID;
ALTER TABLE sales_order ADD COLUMN customer_account_name VARCHAR(160);
ALTER TABLE sales_order ADD COLUMN customer_account_kind VARCHAR(14);
ALTER TABLE sales_order ADD COLUMN sub_account_id UUID;
ALTER TABLE sales_order ADD COLUMN sub_account_name VARCHAR(160);
ALTER TABLE sales_order ADD COLUMN account_deposit_percent INTEGER;
ALTER TABLE sales_order ADD COLUMN account_commission_cents BIGINT;
ALTER TABLE sales_order ADD COLUMN collector_member_id UUID;
CREATE INDEX ix_sales_order_customer_account ON sales_order (customer_account_id);
